using System.Text.RegularExpressions;
using DossierFamille.Web.Features.Accounts;
using DossierFamille.Web.Features.Billing;
using DossierFamille.Web.Features.Campaigns;
using DossierFamille.Web.Features.Invoicing;
using DossierFamille.Web.Features.Reservations;
using DossierFamille.Web.Features.Reservations.Gestion;
using DossierFamille.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static DossierFamille.Web.Tests.Features.Billing.BillingSteps;
using static DossierFamille.Web.Tests.Features.Invoicing.InvoicingSteps;
using static DossierFamille.Web.Tests.Features.Reservations.ReservationSteps;

namespace DossierFamille.Web.Tests.Features.Invoicing;

/// <summary>"Facturation mensuelle": on the admin's day and time, each paying account gets the previous month's invoice, its PDF and an email.</summary>
public abstract partial class MonthlyInvoicingTests<TPortal>(TPortal portal) : IClassFixture<TPortal>
    where TPortal : PortalFactory, IClockedPortal
{
    [Fact]
    public async Task On_the_admins_day_each_separated_parent_is_billed_the_previous_months_bookings_and_penalties_with_a_pdf_and_an_email()
    {
        await portal.RunSchedulerAsync();
        var (admin, _) = await portal.SignedInStaffAsync(Roles.Admin);
        var refused = await admin.PostFormAsync(InvoicingModule.SettingsPath, InvoicingModule.SettingsPath, Settings("31", "06:30", "15"));
        Assert.Contains("Indiquez le jour de la facturation : un nombre de 1 à 28 (tous les mois ont ce jour).", refused, StringComparison.Ordinal);
        Assert.Contains("value=\"31\"", refused, StringComparison.Ordinal);
        var saved = await admin.PostFormAsync(InvoicingModule.SettingsPath, InvoicingModule.SettingsPath, Settings("2", "06:30", "15"));
        Assert.Contains("Modification enregistrée.", saved, StringComparison.Ordinal);
        Assert.Contains("Jour de la facturation : 1 → 2 ; Heure de la facturation : 06:00 → 06:30 ; Délai de paiement : 30 jour(s) → 15 jour(s).", await admin.PageAsync("/admin/journal"), StringComparison.Ordinal);
        await portal.RunSchedulerAsync();

        var run = InvoicingSchedule.NextMonthly(2, new TimeOnly(6, 30), portal.Clock.GetUtcNow(), Paris);
        var issueDay = CampaignSchedule.LocalDate(run, Paris);
        var month = InvoicingSchedule.MonthBilledOn(issueDay);
        var school = await CreateSchoolAsync(portal);
        var family = await portal.CreateFamilyAsync(responsables: 2, separated: true);
        var lea = await AddChildAsync(portal, family, school, "Léa");
        await AddTariffAsync(portal, school.ApsMatin, t =>
        {
            t.ValidFrom = month.AddMonths(-1);
            t.UnjustifiedAbsence = new PenaltyRule(PenaltyKind.FixedPrice, 5m);
            t.PresenceWithoutBooking = new PenaltyRule(PenaltyKind.SameAsDay, null);
        });
        await AcceptFicheFamilleAsync(portal, family.UserNames[0], quotient: 450);
        await AcceptFicheFamilleAsync(portal, family.UserNames[1], quotient: 450, address: "8 avenue de Nice, 06800 Cagnes-sur-Mer");
        await SetPaymentModeAsync(portal, school.Restauration, PaymentMode.PayAtBooking);
        var (mother, father) = (family.UserNames[0], family.UserNames[1]);
        DateOnly Day(int n) => month.AddDays(n - 1);
        await BookAsync(portal, mother, lea, school.ApsMatin, Day(5), 1.10m, minute: 1);
        await BookAsync(portal, mother, lea, school.ApsMatin, Day(6), 1.10m, minute: 1);
        await BookAsync(portal, mother, lea, school.ApsMatin, Day(7), 1.10m, minute: 1);
        await BookAsync(portal, mother, lea, school.ApsMatin, Day(8), 1.10m, BookingState.Annulee, minute: 1);
        await BookAsync(portal, mother, lea, school.Restauration, Day(5), 2.00m, minute: 1);
        await BookAsync(portal, mother, lea, school.ApsMatin, month.AddMonths(1).AddDays(2), 1.10m, minute: 1);
        await BookAsync(portal, father, lea, school.ApsMatin, Day(9), 4.40m, minute: 5);
        await MarkAsync(portal, lea, school.ApsMatin, Day(6), AttendanceStatus.Absent);
        await MarkAsync(portal, lea, school.ApsMatin, Day(7), AttendanceStatus.AbsenceJustifiee);
        await MarkAsync(portal, lea, school.ApsMatin, Day(12), AttendanceStatus.PresentSansReservation);

        // The day before, nothing; on the admin's day and time, the run.
        portal.Clock.SetUtcNow(run.AddDays(-1));
        await portal.RunSchedulerAsync();
        Assert.Empty(await InvoicesAsync(portal, mother));
        portal.Clock.SetUtcNow(run.AddSeconds(1));
        for (var poll = 0; poll < 6 && (await InvoicesAsync(portal, father)).Count == 0; poll++)
        {
            await portal.RunSchedulerAsync();
            portal.Clock.Advance(TimeSpan.FromSeconds(2));
        }

        var hers = Assert.Single(await InvoicesAsync(portal, mother));
        Assert.Matches(NumberPattern(issueDay.Year), hers.Number);
        Assert.Equal((InvoiceKind.Facture, month, issueDay, issueDay.AddDays(15), 7.20m), (hers.Kind, hers.Month!.Value, hers.IssueDate, hers.DueDate, hers.Total));
        var child = $"{family.Reference.ToUpperInvariant()} Léa";
        Assert.Equal(
            [(InvoiceLineKind.Reservation, Day(5), 1.10m), (InvoiceLineKind.Reservation, Day(6), 1.10m), (InvoiceLineKind.AbsenceInjustifiee, Day(6), 5.00m)],
            hers.Lines.OrderBy(l => l.Id).Select(l => (l.Kind, l.Day!.Value, l.Amount)));
        Assert.All(hers.Lines, l => Assert.Equal((child, "APS MATIN"), (l.ChildName, l.Activity)));
        Assert.Equal($"4 rue des Lilas, {CommunePostalCode} Carteville", hers.HolderAddress);
        // The father pays his own booking and, having booked that activity last, the day present without booking, at his price (hors commune).
        var his = Assert.Single(await InvoicesAsync(portal, father));
        Assert.Equal([(InvoiceLineKind.Reservation, Day(9), 4.40m), (InvoiceLineKind.PresenceSansReservation, Day(12), 4.40m)], his.Lines.OrderBy(l => l.Id).Select(l => (l.Kind, l.Day!.Value, l.Amount)));
        Assert.Equal(8.80m, his.Total);

        var email = Assert.Single(await Maildev.WaitForAsync(family.Emails[0], e => e.Subject == InvoiceMails.IssuedSubject));
        Assert.Contains($"Votre facture {hers.Number} du mois de {InvoiceMails.Month(month)}, d'un montant de 7,20 €, est disponible sur le portail famille.", email.Text, StringComparison.Ordinal);
        Assert.Contains($"Elle est à régler avant le {InvoiceMails.Date(hers.DueDate)} : à la mairie, ou en ligne sur le portail famille.", email.Text, StringComparison.Ordinal);
        Assert.Single(await Maildev.WaitForAsync(family.Emails[1], e => e.Subject == InvoiceMails.IssuedSubject && e.Text!.Contains("8,80 €", StringComparison.Ordinal)));

        var pdf = await PdfTextAsync(portal, hers);
        var commune = await QueryAsync(portal, db => db.Commune.Select(c => c.Name).FirstAsync());
        Assert.Contains(commune, pdf, StringComparison.Ordinal);
        Assert.Contains($"Facture n° {hers.Number}", pdf, StringComparison.Ordinal);
        Assert.Contains($"Date d'émission : {InvoiceMails.Date(issueDay)}", pdf, StringComparison.Ordinal);
        Assert.Contains($"Date d'échéance : {InvoiceMails.Date(hers.DueDate)}", pdf, StringComparison.Ordinal);
        Assert.Contains($"Période : {InvoiceMails.Month(month)}", pdf, StringComparison.Ordinal);
        Assert.Contains(hers.HolderName, pdf, StringComparison.Ordinal);
        Assert.Contains($"{child} APS MATIN {InvoiceMails.Date(Day(6))} Absence injustifiée 5,00 €", pdf, StringComparison.Ordinal);
        Assert.Contains($"{child} APS MATIN {InvoiceMails.Date(Day(5))} Réservation 1,10 €", pdf, StringComparison.Ordinal);
        Assert.Contains("Total à payer : 7,20 €", pdf, StringComparison.Ordinal);
        Assert.Contains($"À régler avant le {InvoiceMails.Date(hers.DueDate)}", pdf, StringComparison.Ordinal);
        Assert.Contains("à la mairie", pdf, StringComparison.Ordinal);
        Assert.Contains("en ligne par carte bancaire sur le portail famille", pdf, StringComparison.Ordinal);

        // A run of the same month again (a restarted slice, a second node) issues nothing.
        await using var scope = portal.Services.CreateAsyncScope();
        var again = await scope.ServiceProvider.GetRequiredService<MonthlyInvoicing>().RunAsync(month, null, TimeSpan.FromMinutes(1), CancellationToken.None);
        Assert.Equal((0, true), (again.Issued, again.Finished));
        Assert.Single(await InvoicesAsync(portal, mother));
    }

    private static Dictionary<string, string> Settings(string day, string time, string paymentDays) => new()
    {
        ["jour"] = day,
        ["heure"] = time,
        ["delai"] = paymentDays,
        ["relance"] = "0",
        ["heureRelance"] = "09:00",
        ["debiteur"] = "15",
    };

    private static Regex NumberPattern(int year) => new($"^F{year}-\\d{{6}}$");
}

public sealed class MonthlyInvoicingTestsOnSqlite(ClockedSqlitePortal portal) : MonthlyInvoicingTests<ClockedSqlitePortal>(portal);

public sealed class MonthlyInvoicingTestsOnPostgreSql(ClockedPostgreSqlPortal portal) : MonthlyInvoicingTests<ClockedPostgreSqlPortal>(portal);
