using System.Net;
using DossierFamille.Web.Features.Accounts;
using DossierFamille.Web.Features.Invoicing;
using DossierFamille.Web.Features.Invoicing.Debtors;
using DossierFamille.Web.Features.Invoicing.Gestion;
using DossierFamille.Web.Features.Reservations;
using DossierFamille.Web.Tests.Features.Payments;
using DossierFamille.Web.Tests.Infrastructure;
using static DossierFamille.Web.Tests.Features.Invoicing.MairieSteps;
using static DossierFamille.Web.Tests.Features.Reservations.ReservationSteps;

namespace DossierFamille.Web.Tests.Features.Invoicing;

/// <summary>An account with an invoice unpaid past its due date and the admin's threshold cannot book until it pays; the separated other parent still books.</summary>
public sealed class DebtorTests(PaymentsPortal portal) : IClassFixture<PaymentsPortal>
{
    [Fact]
    public async Task A_debtor_is_refused_new_days_but_cancels_is_listed_for_the_mairie_and_books_again_once_paid_at_the_mairie()
    {
        var (family, child, school, invoice) = await InvoicedAsync(portal, new DateOnly(2030, 6, 1));
        var (admin, _) = await portal.SignedInStaffAsync(Roles.Admin);
        var settings = await admin.PostFormAsync(InvoicingModule.SettingsPath, InvoicingModule.SettingsPath, new Dictionary<string, string>
        {
            ["jour"] = "1", ["heure"] = "06:00", ["delai"] = "30", ["relance"] = "0", ["heureRelance"] = "09:00", ["debiteur"] = "400",
        });
        Assert.Contains("Indiquez quand une famille devient débitrice : un nombre de jours après l'échéance d'une facture impayée, de 0 à 365.", settings, StringComparison.Ordinal);
        Assert.Contains("value=\"400\"", settings, StringComparison.Ordinal);
        Assert.Contains("Modification enregistrée.", await admin.PostFormAsync(InvoicingModule.SettingsPath, InvoicingModule.SettingsPath, new Dictionary<string, string>
        {
            ["jour"] = "1", ["heure"] = "06:00", ["delai"] = "30", ["relance"] = "0", ["heureRelance"] = "09:00", ["debiteur"] = "10",
        }), StringComparison.Ordinal);
        Assert.Contains("Débiteur après l'échéance : 15 jour(s) → 10 jour(s).", Text(await admin.PageAsync("/admin/journal")), StringComparison.Ordinal);

        // Ten days after the due date it is late, not yet a debtor; the eleventh day it is.
        portal.Clock.SetUtcNow(new DateTimeOffset(invoice.DueDate.AddDays(10).ToDateTime(new TimeOnly(12, 0)), TimeSpan.Zero));
        var mother = await SignedInAsync(portal, family.UserNames[0]);
        var monday = Monday(portal, 2);
        Assert.DoesNotContain("Votre compte famille est débiteur", await mother.PageAsync(Calendar(child, school.ApsMatin, monday)), StringComparison.Ordinal);
        portal.Clock.Advance(TimeSpan.FromDays(1));
        monday = Monday(portal, 2);
        await AddBookingAsync(portal, family, child, school.ApsMatin, monday.AddDays(7));

        var calendar = Text(await mother.PageAsync(Calendar(child, school.ApsMatin, monday)));
        Assert.Contains("Votre compte famille est débiteur Vous ne pourrez pas accéder à la réservation tant que votre compte famille est débiteur", calendar, StringComparison.Ordinal);
        Assert.Contains($"Facture {invoice.Number} : 6,10 €, échue le {InvoiceMails.Date(invoice.DueDate)}. Payer en ligne 6,10 €", calendar, StringComparison.Ordinal);
        Assert.Contains($"{BookingFormat.Long(monday)}, APS MATIN : ", calendar, StringComparison.Ordinal);
        var refused = await TickAsync(mother, child, school.ApsMatin, [monday]);
        Assert.Contains(AccountDebt.BookingRefused, Text(await mother.PageAsync(refused)), StringComparison.Ordinal);
        // Cancelling stays possible.
        await TickAsync(mother, child, school.ApsMatin, [], [monday.AddDays(7)]);
        var (recap, key) = await RecapAsync(mother);
        Assert.Contains("Votre compte famille est débiteur", recap, StringComparison.Ordinal);
        using (var validated = await ValidateAsync(mother, recap, key))
        {
            Assert.Equal(HttpStatusCode.Redirect, validated.StatusCode);
        }

        Assert.Equal(BookingState.AnnulationNonTransmise, (await BookingsAsync(portal, child)).Single(b => b.Day == monday.AddDays(7)).State);

        // Separated: the invoice is the mother's; the father books as before.
        var father = await SignedInAsync(portal, family.UserNames[1]);
        Assert.DoesNotContain("Votre compte famille est débiteur", await father.PageAsync(Calendar(child, school.ApsMatin, monday)), StringComparison.Ordinal);

        var (gestion, _) = await portal.SignedInStaffAsync(Roles.Gestionnaire);
        Assert.Contains($"{invoice.HolderName} 6,10 € (1 facture(s)) {InvoiceMails.Date(invoice.DueDate)}", Text(await gestion.PageAsync(InvoicingGestion.DebtorsPath)), StringComparison.Ordinal);
        using (var csv = await gestion.GetAsync(InvoicingGestion.DebtorsExportPath(DossierFamille.Web.Spreadsheets.SpreadsheetFormat.Csv)))
        {
            Assert.Equal(HttpStatusCode.OK, csv.StatusCode);
            Assert.Contains($"{invoice.FamilyReference};", await csv.Content.ReadAsStringAsync(), StringComparison.Ordinal);
            Assert.Contains(";6,1", await csv.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        using (var paid = await gestion.SubmitAsync(InvoicingGestion.InvoicePath(invoice.Id), "reglement", Payment("6,10", "Virement", Iso(Today(portal)), "VIR-2030-77")))
        {
            Assert.Equal(HttpStatusCode.Redirect, paid.StatusCode);
        }

        Assert.DoesNotContain(invoice.HolderName, await gestion.PageAsync(InvoicingGestion.DebtorsPath), StringComparison.Ordinal);
        Assert.DoesNotContain("Votre compte famille est débiteur", await mother.PageAsync(Calendar(child, school.ApsMatin, monday)), StringComparison.Ordinal);
        Assert.DoesNotContain("refus=", await TickAsync(mother, child, school.ApsMatin, [monday]), StringComparison.Ordinal);
    }
}
