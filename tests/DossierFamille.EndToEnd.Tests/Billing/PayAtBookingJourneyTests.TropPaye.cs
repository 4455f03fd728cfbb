using DossierFamille.EndToEnd.Tests.Infrastructure;
using DossierFamille.Web.Data;
using DossierFamille.Web.Features.Billing;
using DossierFamille.Web.Features.BillingHistory;
using DossierFamille.Web.Features.Credits;
using DossierFamille.Web.Features.Payments;
using DossierFamille.Web.Features.Reservations;
using DossierFamille.Web.Features.Wallets;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static DossierFamille.EndToEnd.Tests.Infrastructure.SignIn;

namespace DossierFamille.EndToEnd.Tests.Billing;

/// <summary>The manual's trop payé: a day paid at booking and cancelled in time is owed back, and "Utiliser trop payé" takes it off the next card payment.</summary>
public sealed partial class PayAtBookingJourneyTests
{
    [Fact]
    public async Task On_a_phone_a_paid_day_cancelled_in_time_becomes_trop_paye_and_the_next_booking_pays_less_by_card()
    {
        var (family, child, activity, day) = await SchoolAsync("Jade");
        var parent = await portal.NewPageAsync(phone: true);
        await LoginAsync(parent, family.UserName);
        await TickAsync(parent, child, activity, [day]);
        await parent.GetByRole(AriaRole.Link, new() { Name = "Valider le panier" }).ClickAsync();
        await PayByCardAsync(parent);
        await parent.GetByRole(AriaRole.Button, new() { Name = "Payer", Exact = true }).ClickAsync();
        await parent.GetByRole(AriaRole.Heading, new() { Name = "Paiement en ligne : payé" }).WaitForAsync();

        // The paid day is given up before the deadline: its price is owed back on the school's service.
        await parent.GotoAsync(Calendar(child, activity, day));
        await parent.GetByLabel(Cell(day, "Non transmise")).UncheckAsync();
        await parent.GetByRole(AriaRole.Button, new() { Name = "Ajouter au panier" }).ClickAsync();
        await parent.GetByLabel(Cell(day, "À annuler (panier)")).WaitForAsync();
        await parent.GetByRole(AriaRole.Link, new() { Name = "Valider le panier" }).ClickAsync();
        await parent.GetByRole(AriaRole.Button, new() { Name = "Valider définitivement" }).ClickAsync();
        await parent.GetByText("1 demande(s) d'annulation").WaitForAsync();
        await parent.GotoAsync(WalletsModule.ParentPath);
        var service = parent.GetByRole(AriaRole.Region, new() { Name = "Trop payé par service" });
        await service.GetByRole(AriaRole.Row, new() { Name = Money.Format(Price) }).WaitForAsync();
        await parent.GetByText($"Jour payé puis annulé à temps : APS MATIN – Jade – {BookingFormat.Short(day)}").WaitForAsync();
        await parent.CheckPageAsync();

        // The day again and the next week's: the cart tells the trop payé, the recap deducts it when the parent ticks "Utiliser trop payé".
        var next = new[] { day, day.AddDays(7) };
        await TickAsync(parent, child, activity, next);
        await parent.GotoAsync("/reservations/panier");
        await parent.GetByText($"Vous avez un trop payé de {Money.Format(Price)}").WaitForAsync();
        await parent.CheckPageAsync();
        await parent.GetByRole(AriaRole.Link, new() { Name = "Valider", Exact = true }).ClickAsync();
        await parent.GetByText($"À payer maintenant par carte (paiement à la réservation) : {Money.Format(2 * Price)}").WaitForAsync();
        await parent.CheckPageAsync();
        await parent.GetByRole(AriaRole.Checkbox, new() { Name = $"Déduire {Money.Format(Price)}" }).CheckAsync();
        await parent.GetByRole(AriaRole.Button, new() { Name = "Recalculer le montant à payer" }).ClickAsync();
        await parent.GetByText($"À payer maintenant par carte (paiement à la réservation) : {Money.Format(Price)}").WaitForAsync();
        await parent.GetByText($"Réglé par votre trop payé : {Money.Format(Price)}").WaitForAsync();
        await parent.CheckPageAsync();
        await PayByCardAsync(parent);
        await parent.GetByText(Money.Format(Price)).First.WaitForAsync();
        await parent.GetByRole(AriaRole.Button, new() { Name = "Payer", Exact = true }).ClickAsync();
        await parent.GetByRole(AriaRole.Heading, new() { Name = "Paiement en ligne : payé" }).WaitForAsync();
        await parent.GetByRole(AriaRole.Link, new() { Name = "Retour" }).ClickAsync();
        await parent.GetByText($"Paiement reçu : 2 jour(s) payé(s) à la réservation, {Money.Format(Price)} par carte et {Money.Format(Price)} par votre trop payé.").WaitForAsync();
        await parent.CheckPageAsync();

        // "Mes règlements & régularisations": the trop payé received and used, beside the card payments.
        await parent.GotoAsync(BillingHistoryModule.SettlementsPath);
        await parent.GetByRole(AriaRole.Row, new() { Name = "Régularisation Trop payé" }).GetByText($"Jour payé puis annulé à temps : APS MATIN – Jade – {BookingFormat.Short(day)}").WaitForAsync();
        await parent.GetByRole(AriaRole.Row, new() { Name = "Règlement Trop payé" }).GetByText("Utilisé pour : Réservations APS MATIN").WaitForAsync();
        await parent.CheckPageAsync();

        await using var scope = portal.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var familyId = await db.Children.Where(c => c.Id == child).Select(c => c.FamilyId).SingleAsync();
        var userId = await db.Users.Where(u => u.UserName == family.UserName).Select(u => u.Id).SingleAsync();
        var payments = await db.PaymentOperations.AsNoTracking().Where(p => p.FamilyId == familyId && p.State == PaymentState.Paid).Select(p => p.Amount).ToListAsync();
        var balance = (await scope.ServiceProvider.GetRequiredService<CreditReader>().BalancesAsync(familyId, userId, CancellationToken.None)).Single();
        Assert.Equal([Price, Price], payments);
        Assert.Equal(0m, balance.Balance);
        Assert.All(await db.Bookings.AsNoTracking().Where(b => b.ChildId == child && next.Contains(b.Day)).ToListAsync(), b => Assert.Equal(BookingState.NonTransmise, b.State));
    }
}
