using System.Globalization;
using DossierFamille.EndToEnd.Tests.Infrastructure;
using DossierFamille.Web.Data;
using DossierFamille.Web.Features.Billing;
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
/// On a phone, a parent tops up the porte-monnaie of the school on the PayFiP simulator's page, gets the ticket, books a
/// day of an activity paid by porte-monnaie and sees the balance go down on "Paiement et Solde".
/// </summary>
[Trait("Category", "Billing")]
public sealed class WalletJourneyTests(PayingBrowserPortal portal) : IClassFixture<PayingBrowserPortal>
{
    private const decimal Price = 2.75m;

    private static readonly TimeZoneInfo Paris = TimeZoneInfo.FindSystemTimeZoneById("Europe/Paris");

    [Fact]
    public async Task On_a_phone_a_parent_tops_up_the_wallet_on_PayFiP_books_and_sees_the_balance_go_down()
    {
        var (family, school, child, activity, day) = await SchoolAsync("Léa");
        var parent = await portal.NewPageAsync(phone: true);
        await LoginAsync(parent, family.UserName);

        await parent.GotoAsync("/paiement-et-solde");
        await parent.GetByRole(AriaRole.Heading, new() { Name = $"Porte-monnaie {school}" }).WaitForAsync();
        await parent.CheckPageAsync();
        await parent.GetByLabel("Montant à verser (en euros)").FillAsync("20");
        await parent.GetByRole(AriaRole.Button, new() { Name = "Recharger (CB sécurisé)" }).ClickAsync();
        await parent.WaitForURLAsync(url => url.StartsWith(DossierFamille.Testing.RequiredService.PayFip, StringComparison.Ordinal));
        await parent.GetByText("20,00 €").First.WaitForAsync();
        await parent.GetByRole(AriaRole.Button, new() { Name = "Payer", Exact = true }).ClickAsync();

        await parent.GetByRole(AriaRole.Heading, new() { Name = "Paiement en ligne : payé" }).WaitForAsync();
        await parent.CheckPageAsync();
        await parent.GetByRole(AriaRole.Link, new() { Name = "Retour" }).ClickAsync();
        await parent.GetByText("Solde : 20,00 €").WaitForAsync();
        await parent.CheckPageAsync();
        var ticket = Assert.Single(await Maildev.WaitForAsync(family.Email, e => e.Subject == $"{PaymentTicket.Subject} : 20,00 €"));
        Assert.Contains($"Porte-monnaie {school}", ticket.Text, StringComparison.Ordinal);

        await parent.GotoAsync(Calendar(child, activity, day));
        await parent.CheckPageAsync();
        await parent.GetByLabel(Cell(day, $"Disponible, {Money.Format(Price)}")).CheckAsync();
        await parent.GetByRole(AriaRole.Button, new() { Name = "Ajouter au panier" }).ClickAsync();
        await parent.GetByLabel(Cell(day, "À réserver (panier)")).WaitForAsync();
        await parent.GetByRole(AriaRole.Link, new() { Name = "Valider le panier" }).ClickAsync();
        await parent.CheckPageAsync();
        await parent.GetByRole(AriaRole.Button, new() { Name = "Valider définitivement" }).ClickAsync();
        await parent.GetByRole(AriaRole.Cell, new() { Name = "Acceptée", Exact = true }).WaitForAsync();
        await parent.CheckPageAsync();

        await parent.GotoAsync("/paiement-et-solde");
        await parent.GetByText($"Solde : {Money.Format(20 - Price)}").WaitForAsync();
        await parent.GetByText($"Réservation APS MATIN – Léa – {BookingFormat.Short(day)}").WaitForAsync();
        await parent.CheckPageAsync();
    }

    private static string Cell(DateOnly day, string state) => $"{BookingFormat.Long(day)}, APS MATIN : {state}";

    private static string Calendar(int child, int activity, DateOnly day) =>
        $"/reservations?enfant={child}&activite={activity}&mois={day.ToString("yyyy-MM", CultureInfo.InvariantCulture)}";

    /// <summary>A school whose APS MATIN costs 2,75 € a day, is processed at once and paid by porte-monnaie, a family with a child enrolled, and a Tuesday or Thursday two weeks or more ahead.</summary>
    private async Task<(TestFamily Family, string School, int Child, int Activity, DateOnly Day)> SchoolAsync(string childName)
    {
        var family = await portal.CreateFamilyAsync();
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(portal.Clock.GetUtcNow(), Paris).DateTime);
        var day = Enumerable.Range(15, 14).Select(today.AddDays).First(d => d.DayOfWeek is DayOfWeek.Tuesday or DayOfWeek.Thursday && !(d.Month == 12 && d.Day == 25));
        await using var scope = portal.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var structure = new Structure { Name = $"École des Tilleuls {family.Reference}", Kind = StructureKind.Ecole };
        db.Structures.Add(structure);
        await db.SaveChangesAsync();
        var aps = new BookableActivity { StructureId = structure.Id, Name = "APS MATIN", StartsAt = new(7, 30), EndsAt = new(8, 20), CapacityPerDay = 20, ProcessingMode = BookingProcessingMode.Immediate };
        db.Activities.Add(aps);
        var year = BookingRules.SchoolYearOf(day);
        var campaign = await db.Campaigns.SingleOrDefaultAsync(c => c.SchoolYear == year);
        if (campaign is null)
        {
            var start = int.Parse(year[..4], CultureInfo.InvariantCulture);
            campaign = new Campaign { SchoolYear = year, OpensOn = new DateOnly(start, 6, 1), ClosesOn = new DateOnly(start + 1, 6, 30) };
            db.Campaigns.Add(campaign);
        }

        var familyId = await db.Families.Where(f => f.Reference == family.Reference).Select(f => f.Id).SingleAsync();
        var child = new Child { FamilyId = familyId, FirstName = childName, LastName = family.Reference, BirthDate = new DateOnly(2019, 3, 1) };
        child.Enrolments.Add(new Enrolment { Structure = structure, Campaign = campaign });
        db.Children.Add(child);
        await db.SaveChangesAsync();
        var tariff = new Tariff { ActivityId = aps.Id, ValidFrom = today, Unit = TariffUnit.Day };
        tariff.Brackets.Add(new TariffBracket { MaxQuotient = null, Price = Price });
        db.Tariffs.Add(tariff);
        db.ActivityBillings.Add(new ActivityBilling { ActivityId = aps.Id, PaymentMode = PaymentMode.Wallet });
        await db.SaveChangesAsync();
        return (family, structure.Name, child.Id, aps.Id, day);
    }
}
