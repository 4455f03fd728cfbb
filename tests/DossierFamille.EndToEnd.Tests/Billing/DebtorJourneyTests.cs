using System.Globalization;
using DossierFamille.EndToEnd.Tests.Infrastructure;
using DossierFamille.Web.Data;
using DossierFamille.Web.Features.Accounts;
using DossierFamille.Web.Features.Billing;
using DossierFamille.Web.Features.Commune;
using DossierFamille.Web.Features.Families;
using DossierFamille.Web.Features.Invoicing;
using DossierFamille.Web.Features.Invoicing.Gestion;
using DossierFamille.Web.Features.Reservations;
using DossierFamille.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static DossierFamille.EndToEnd.Tests.Infrastructure.SignIn;

namespace DossierFamille.EndToEnd.Tests.Billing;

/// <summary>
/// A family whose invoice is unpaid a month after its due date is a debtor: the gestionnaire finds it on the debtors' list,
/// reads the État facturation of its fiche famille and goes from there to the invoice's page; on a phone the parent is told
/// why she cannot book, pays the invoice online through the PayFiP simulator from the booking page, and books at once.
/// </summary>
[Trait("Category", "Billing")]
public sealed class DebtorJourneyTests(PayingBrowserPortal portal) : IClassFixture<PayingBrowserPortal>
{
    private const decimal Price = 2.75m;

    private static readonly TimeZoneInfo Paris = TimeZoneInfo.FindSystemTimeZoneById("Europe/Paris");

    [Fact]
    public async Task A_debtor_is_refused_booking_pays_the_invoice_online_and_can_then_book()
    {
        var (family, child, activity, day, invoice) = await DebtorAsync();
        var school = $"École des Tilleuls {family.Reference}";

        var gestionnaire = await portal.NewPageAsync(phone: true);
        await LoginAsync(gestionnaire, await portal.CreateStaffAsync(Roles.Gestionnaire));
        await gestionnaire.GotoAsync(InvoicingGestion.DebtorsPath);
        await gestionnaire.GetByRole(AriaRole.Cell, new() { Name = $"{Money.Format(5.50m)} (1 facture(s))" }).WaitForAsync();
        await gestionnaire.CheckPageAsync();
        await gestionnaire.GetByRole(AriaRole.Link, new() { Name = $"({family.Reference})" }).ClickAsync();
        var state = gestionnaire.GetByRole(AriaRole.Table, new() { Name = "État facturation du compte de" });
        await state.WaitForAsync();
        await gestionnaire.GetByText($"Famille débitrice : {Money.Format(5.50m)} en retard (1 facture").WaitForAsync();
        var cells = await state.GetByRole(AriaRole.Row).Filter(new() { HasText = school }).GetByRole(AriaRole.Cell).AllInnerTextsAsync();
        Assert.Equal([Money.Format(0), $"{Money.Format(5.50m)} 1 facture, échéance la plus ancienne le {InvoiceMails.Date(invoice.DueDate)}", Money.Format(0), Money.Format(-5.50m)],
            cells.Select(c => System.Text.RegularExpressions.Regex.Replace(c, @"\s+", " ").Trim()));
        await gestionnaire.CheckPageAsync();
        await gestionnaire.GetByRole(AriaRole.Link, new() { Name = $"Enregistrer un règlement à la mairie : facture {invoice.Number}" }).ClickAsync();
        await gestionnaire.GetByRole(AriaRole.Heading, new() { Name = $"Facture {invoice.Number}" }).WaitForAsync();
        await gestionnaire.CheckPageAsync();
        // The credit note's form sent empty: the errors under their fields pass the checks too.
        await gestionnaire.GetByRole(AriaRole.Button, new() { Name = "Émettre l'avoir" }).ClickAsync();
        await gestionnaire.Locator("#Reason-erreur").WaitForAsync();
        await gestionnaire.CheckPageAsync();

        var parent = await portal.NewPageAsync(phone: true);
        await LoginAsync(parent, family.UserName);
        await parent.GotoAsync(Calendar(child, activity, day));
        await parent.GetByRole(AriaRole.Heading, new() { Name = "Votre compte famille est débiteur" }).WaitForAsync();
        Assert.Equal(0, await parent.GetByLabel(Cell(day, $"Disponible, {Money.Format(Price)}")).CountAsync());
        await parent.CheckPageAsync();

        await parent.GetByRole(AriaRole.Button, new() { Name = $"Payer en ligne {Money.Format(5.50m)}" }).ClickAsync();
        await parent.WaitForURLAsync(url => url.StartsWith(DossierFamille.Testing.RequiredService.PayFip, StringComparison.Ordinal));
        await parent.GetByRole(AriaRole.Button, new() { Name = "Payer", Exact = true }).ClickAsync();
        await parent.GetByRole(AriaRole.Heading, new() { Name = "Paiement en ligne : payé" }).WaitForAsync();
        await parent.CheckPageAsync();

        await parent.GotoAsync(Calendar(child, activity, day));
        Assert.Equal(0, await parent.GetByRole(AriaRole.Heading, new() { Name = "Votre compte famille est débiteur" }).CountAsync());
        await parent.GetByLabel(Cell(day, $"Disponible, {Money.Format(Price)}")).CheckAsync();
        await parent.GetByRole(AriaRole.Button, new() { Name = "Ajouter au panier" }).ClickAsync();
        await parent.GetByLabel(Cell(day, "À réserver (panier)")).WaitForAsync();
        await parent.GetByRole(AriaRole.Link, new() { Name = "Valider le panier" }).ClickAsync();
        await parent.CheckPageAsync();
        await parent.GetByRole(AriaRole.Button, new() { Name = "Valider définitivement" }).ClickAsync();
        await parent.WaitForURLAsync(url => url.Contains("/reservations/demandes/", StringComparison.Ordinal));
        await parent.CheckPageAsync();

        await using var scope = portal.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        Assert.Equal(BookingState.NonTransmise, await db.Bookings.Where(b => b.ChildId == child && b.Day == day).Select(b => b.State).SingleAsync());
        var paid = await db.InvoicePayments.AsNoTracking().SingleAsync(p => p.InvoiceId == invoice.Id);
        Assert.Equal((InvoicePaymentMode.EnLigne, 5.50m), (paid.Mode, paid.Amount));
        await gestionnaire.GotoAsync(InvoicingGestion.DebtorsPath);
        await gestionnaire.GetByText("Aucun débiteur.").WaitForAsync();
    }

    private static string Cell(DateOnly day, string state) => $"{BookingFormat.Long(day)}, APS MATIN : {state}";

    private static string Calendar(int child, int activity, DateOnly day) =>
        $"/reservations?enfant={child}&activite={activity}&mois={day.ToString("yyyy-MM", CultureInfo.InvariantCulture)}";

    /// <summary>
    /// A school whose APS MATIN costs 2,75 € a day (monthly invoice), a family with a child enrolled, a Tuesday or Thursday
    /// two weeks or more ahead, and the family's invoice of 5,50 € issued two months ago, due a month ago, unpaid.
    /// </summary>
    private async Task<(TestFamily Family, int Child, int Activity, DateOnly Day, Invoice Invoice)> DebtorAsync()
    {
        await using var scope = portal.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var (family, familyId, child, activity, today, day) = await BillingSteps.PricedSchoolAsync(portal, db, "École des Tilleuls", "Jade", Price, pricedDaysAgo: 90, mode: null);
        var userId = await db.Users.Where(u => u.UserName == family.UserName).Select(u => u.Id).SingleAsync();
        var issued = today.AddDays(-61);
        var month = new DateOnly(issued.Year, issued.Month, 1).AddMonths(-1);
        var lines = new[] { month.AddDays(2), month.AddDays(3) }.Select(d => new InvoiceLine { Kind = InvoiceLineKind.Reservation, ChildName = $"{family.Reference} Jade", Activity = "APS MATIN", ActivityId = activity, Day = d, Amount = Price }).ToList();
        var invoice = Invoice.Issue(new InvoiceDraft(familyId, userId, month, new InvoiceHolder($"M. {family.Reference}", family.Reference, null, family.Email), lines),
            new InvoiceNumber(InvoiceKind.Facture, issued.Year, 900_000 + Random.Shared.Next(99_999)), portal.Clock.GetUtcNow(), issued, paymentDays: 30);
        db.Invoices.Add(invoice);
        await db.SaveChangesAsync();
        return (family, child, activity, day, invoice);
    }
}
