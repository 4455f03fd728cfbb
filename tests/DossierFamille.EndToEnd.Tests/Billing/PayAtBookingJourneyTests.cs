using System.Globalization;
using DossierFamille.EndToEnd.Tests.Infrastructure;
using DossierFamille.Web.Data;
using DossierFamille.Web.Features.Billing;
using DossierFamille.Web.Features.BillingHistory;
using DossierFamille.Web.Features.Commune;
using DossierFamille.Web.Features.Families;
using DossierFamille.Web.Features.Payments;
using DossierFamille.Web.Features.Reservations;
using DossierFamille.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static DossierFamille.EndToEnd.Tests.Infrastructure.SignIn;

namespace DossierFamille.EndToEnd.Tests.Billing;

/// <summary>
/// On a phone, parents book an activity paid at booking and go through the PayFiP simulator's page: one pays and gets the
/// ticket by email, another abandons and the day held for them is released once the payment's validity is over.
/// </summary>
[Trait("Category", "Billing")]
public sealed partial class PayAtBookingJourneyTests(PayingBrowserPortal portal) : IClassFixture<PayingBrowserPortal>
{
    private const decimal Price = 2.75m;

    private static readonly TimeZoneInfo Paris = TimeZoneInfo.FindSystemTimeZoneById("Europe/Paris");

    [Fact]
    public async Task On_a_phone_a_parent_pays_the_days_at_booking_on_PayFiP_and_receives_the_ticket()
    {
        var (family, child, activity, day) = await SchoolAsync("Léa");
        var parent = await portal.NewPageAsync(phone: true);
        await LoginAsync(parent, family.UserName);
        await TickAsync(parent, child, activity, [day, day.AddDays(7)]);

        await parent.GetByRole(AriaRole.Link, new() { Name = "Valider le panier" }).ClickAsync();
        await parent.GetByText($"À payer maintenant par carte (paiement à la réservation) : {Money.Format(2 * Price)}").WaitForAsync();
        await parent.CheckPageAsync();
        await PayByCardAsync(parent);
        await parent.GetByText(Money.Format(2 * Price)).First.WaitForAsync();
        await parent.GetByRole(AriaRole.Button, new() { Name = "Payer", Exact = true }).ClickAsync();

        await parent.GetByRole(AriaRole.Heading, new() { Name = "Paiement en ligne : payé" }).WaitForAsync();
        Assert.StartsWith(portal.BaseUrl, parent.Url, StringComparison.Ordinal);
        await parent.CheckPageAsync();
        await parent.GetByRole(AriaRole.Link, new() { Name = "Retour" }).ClickAsync();
        await parent.GetByText($"Paiement reçu : 2 jour(s) payé(s) à la réservation, {Money.Format(2 * Price)}.").WaitForAsync();
        await parent.CheckPageAsync();
        await parent.GotoAsync(Calendar(child, activity, day));
        Assert.True(await parent.GetByLabel(Cell(day, "Non transmise")).IsCheckedAsync());
        await parent.CheckPageAsync();

        var ticket = Assert.Single(await Maildev.WaitForAsync(family.Email, e => e.Subject == $"{PaymentTicket.Subject} : {Money.Format(2 * Price)}"));
        Assert.Contains("Réservations APS MATIN", ticket.Text, StringComparison.Ordinal);

        // "Mes règlements & régularisations": the payment with the days it paid.
        await parent.GotoAsync(BillingHistoryModule.SettlementsPath);
        await parent.GetByRole(AriaRole.Row, new() { Name = $"{Money.Format(2 * Price)}" })
            .GetByText($"Réservations payées à la réservation : {family.Reference.ToUpperInvariant()} Léa – APS MATIN : {BookingFormat.Short(day)}, {BookingFormat.Short(day.AddDays(7))}").WaitForAsync();
        await parent.CheckPageAsync();
    }

    [Fact]
    public async Task On_a_phone_a_parent_abandons_the_payment_and_the_held_day_is_released_once_its_validity_is_over()
    {
        var (family, child, activity, day) = await SchoolAsync("Hugo");
        var parent = await portal.NewPageAsync(phone: true);
        await LoginAsync(parent, family.UserName);
        await TickAsync(parent, child, activity, [day]);
        await parent.GetByRole(AriaRole.Link, new() { Name = "Valider le panier" }).ClickAsync();
        await PayByCardAsync(parent);
        await parent.GetByRole(AriaRole.Button, new() { Name = "Abandonner" }).ClickAsync();

        await parent.GetByRole(AriaRole.Heading, new() { Name = "Paiement en ligne : abandonné" }).WaitForAsync();
        await parent.CheckPageAsync();
        await parent.GetByRole(AriaRole.Link, new() { Name = "Retour" }).ClickAsync();
        await parent.GetByText($"En attente de paiement : 1 jour(s) payé(s) à la réservation, {Money.Format(Price)}.").WaitForAsync();
        await parent.GetByRole(AriaRole.Button, new() { Name = "Payer (CB sécurisé)" }).WaitForAsync();
        await parent.CheckPageAsync();
        var submission = parent.Url;
        await parent.GotoAsync(Calendar(child, activity, day));
        await parent.GetByText(Cell(day, "En attente de paiement")).WaitForAsync(new() { State = WaitForSelectorState.Attached });
        await parent.CheckPageAsync();
        await parent.GotoAsync("/reservations/suivi");
        await parent.GetByRole(AriaRole.Heading, new() { Name = "En attente de paiement (1)" }).WaitForAsync();
        await parent.CheckPageAsync();

        // Past the payment's validity the "Paiement en ligne" workflow comes by and gives the day back.
        portal.Clock.Advance(TimeSpan.FromMinutes(17));
        var released = parent.GetByText("Le paiement n'a pas abouti : les 1 jour(s) gardés pour vous ont été libérés.");
        for (var attempt = 0; attempt < 60 && !await released.IsVisibleAsync(); attempt++)
        {
            await Task.Delay(500);
            await parent.GotoAsync(submission);
        }

        await released.WaitForAsync();
        await parent.CheckPageAsync();
        await parent.GotoAsync(Calendar(child, activity, day));
        Assert.True(await parent.GetByLabel(Cell(day, "Disponible")).IsVisibleAsync());
        await parent.CheckPageAsync();
        await using var scope = portal.Services.CreateAsyncScope();
        Assert.Equal(BookingState.Annulee, await scope.ServiceProvider.GetRequiredService<AppDbContext>().Bookings.Where(b => b.ChildId == child).Select(b => b.State).SingleAsync());
    }

    /// <summary>"Payer (CB sécurisé)" on the recap, then the PayFiP simulator's page.</summary>
    private static async Task PayByCardAsync(IPage parent)
    {
        await parent.GetByRole(AriaRole.Button, new() { Name = "Payer (CB sécurisé)" }).ClickAsync();
        await parent.WaitForURLAsync(url => url.StartsWith(DossierFamille.Testing.RequiredService.PayFip, StringComparison.Ordinal));
    }

    private static string Cell(DateOnly day, string state) => $"{BookingFormat.Long(day)}, APS MATIN : {state}";

    private static string Calendar(int child, int activity, DateOnly day) =>
        $"/reservations?enfant={child}&activite={activity}&mois={day.ToString("yyyy-MM", CultureInfo.InvariantCulture)}";

    /// <summary>Ticks the days in the calendar of their month and adds them to the cart.</summary>
    private static async Task TickAsync(IPage page, int child, int activity, IReadOnlyList<DateOnly> days)
    {
        foreach (var month in days.GroupBy(d => (d.Year, d.Month)))
        {
            await page.GotoAsync(Calendar(child, activity, month.First()));
            await page.CheckPageAsync();
            foreach (var day in month)
            {
                await page.GetByLabel(Cell(day, $"Disponible, {Money.Format(Price)}")).CheckAsync();
            }

            await page.GetByRole(AriaRole.Button, new() { Name = "Ajouter au panier" }).ClickAsync();
            await page.GetByLabel(Cell(month.First(), "À réserver (panier)")).WaitForAsync();
        }
    }

    /// <summary>A school whose APS MATIN costs 2,75 € a day (no QF: the highest bracket) and is paid at booking, a family with a child enrolled, and a Tuesday or Thursday two weeks or more ahead.</summary>
    private async Task<(TestFamily Family, int Child, int Activity, DateOnly Day)> SchoolAsync(string childName)
    {
        await using var scope = portal.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var school = await BillingSteps.PricedSchoolAsync(portal, db, "École des Pins", childName, Price, pricedDaysAgo: 0, PaymentMode.PayAtBooking);
        return (school.Family, school.Child, school.Activity, school.Day);
    }
}
