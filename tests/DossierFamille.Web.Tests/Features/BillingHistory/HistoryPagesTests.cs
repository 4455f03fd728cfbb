using System.Globalization;
using System.Net;
using DossierFamille.Web.Data;
using DossierFamille.Web.Features.BillingHistory;
using DossierFamille.Web.Features.Invoicing;
using DossierFamille.Web.Features.Payments;
using DossierFamille.Web.Features.Payments.PayFip;
using DossierFamille.Web.Features.Reservations.Gestion;
using DossierFamille.Web.Features.Wallets;
using DossierFamille.Web.Spreadsheets;
using DossierFamille.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static DossierFamille.Web.Tests.Features.Invoicing.InvoicingSteps;
using static DossierFamille.Web.Tests.Features.Reservations.ReservationSteps;

namespace DossierFamille.Web.Tests.Features.BillingHistory;

/// <summary>
/// "Historique" (this month and the previous one, printable, exported as CSV and Excel) and "Mes règlements &amp;
/// régularisations": a separated mother reads her own consumption with each day's price, her payment of an invoice and
/// the credit note on it; the father reads only his own.
/// </summary>
public abstract class HistoryPagesTests<TPortal>(TPortal portal) : IClassFixture<TPortal>
    where TPortal : PortalFactory, IClockedPortal
{
    [Fact]
    public async Task A_separated_parent_reads_her_own_consumption_and_payments_of_this_month_and_the_previous_one_and_exports_them()
    {
        // The portal's clock: 3 March 2031 in Paris.
        var (march, february) = (new DateOnly(2031, 3, 1), new DateOnly(2031, 2, 1));
        var school = await CreateSchoolAsync(portal);
        var family = await portal.CreateFamilyAsync(responsables: 2, separated: true);
        var lea = await AddChildAsync(portal, family, school, "Léa");
        var child = $"{family.Reference.ToUpperInvariant()} Léa";
        await BookAsync(portal, family.UserNames[0], lea, school.Restauration, february.AddDays(9), 3.05m);
        await BookAsync(portal, family.UserNames[0], lea, school.Restauration, february.AddDays(10), 3.05m);
        await MarkAsync(portal, lea, school.Restauration, february.AddDays(9), AttendanceStatus.Present);
        await MarkAsync(portal, lea, school.Restauration, february.AddDays(10), AttendanceStatus.AbsenceJustifiee);
        await BookAsync(portal, family.UserNames[0], lea, school.Restauration, march.AddDays(2), 3.05m);
        await BookAsync(portal, family.UserNames[1], lea, school.ApsMatin, march.AddDays(1), 1.10m);
        var (invoice, note) = await InvoicePayAndCreditAsync(february, family.UserNames[0]);

        var mother = await SignedInAsync(family.UserNames[0]);
        var now = Text(await mother.PageAsync(BillingHistoryModule.HistoryPath));
        Assert.Contains("Historique de mars 2031", now, StringComparison.Ordinal);
        Assert.Contains($"lun. 03/03 {child} RESTAURATION Réservé 3,05 € Total des consommations 3,05 €", now, StringComparison.Ordinal);
        Assert.DoesNotContain("APS MATIN", now, StringComparison.Ordinal);
        Assert.Contains($"03/03/2031 à 06:00 Régularisation Avoir {note.Number} Facture {invoice.Number} : Repas non servi 1,00 €", now, StringComparison.Ordinal);
        Assert.Contains($"03/03/2031 à 06:00 Règlement {SettlementReader.OnlineMode} Facture {invoice.Number} 3,05 €", now, StringComparison.Ordinal);
        Assert.Contains("← février 2031 (mois précédent)", now, StringComparison.Ordinal);
        Assert.Contains("Imprimer", now, StringComparison.Ordinal);

        var before = Text(await mother.PageAsync(BillingHistoryModule.HistoryPathOf(february)));
        Assert.Contains("Historique de février 2031", before, StringComparison.Ordinal);
        Assert.Contains($"lun. 10/02 {child} RESTAURATION Réservé, présent 3,05 € mar. 11/02 {child} RESTAURATION Absence justifiée : non facturée non facturé Total des consommations 3,05 €", before, StringComparison.Ordinal);
        Assert.Contains("Aucun règlement en février 2031.", before, StringComparison.Ordinal);
        Assert.Contains("mars 2031 (mois en cours) →", before, StringComparison.Ordinal);
        Assert.DoesNotContain("janvier 2031", before, StringComparison.Ordinal);
        // Older months are not kept in the history: the current month is shown.
        Assert.Contains("Historique de mars 2031", Text(await mother.PageAsync($"{BillingHistoryModule.HistoryPath}?mois=2031-01")), StringComparison.Ordinal);

        using (var csv = await mother.GetAsync(BillingHistoryModule.ExportPath(february, SpreadsheetFormat.Csv)))
        {
            Assert.Equal((HttpStatusCode.OK, "text/csv", "historique-2031-02.csv"), (csv.StatusCode, csv.Content.Headers.ContentType?.MediaType, csv.Content.Headers.ContentDisposition?.FileName));
            var lines = (await csv.Content.ReadAsStringAsync()).TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
            Assert.Equal(["Date;Nature;Enfant;Activité;Détail;Montant (€)", $"10/02/2031;Consommation;{child};RESTAURATION;Réservé, présent;3,05", $"11/02/2031;Consommation;{child};RESTAURATION;Absence justifiée : non facturée;"], lines);
        }

        using (var xlsx = await mother.GetAsync(BillingHistoryModule.ExportPath(march, SpreadsheetFormat.Xlsx)))
        {
            Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", xlsx.Content.Headers.ContentType?.MediaType);
            var rows = MiniExcelLibs.MiniExcel.Query(new MemoryStream(await xlsx.Content.ReadAsByteArrayAsync()), useHeaderRow: true).Cast<IDictionary<string, object>>().ToList();
            Assert.Equal(["Consommation", "Règlement", "Régularisation"], rows.Select(r => (string)r["Nature"]).Order(StringComparer.Ordinal));
            Assert.Equal(3.05, Convert.ToDouble(rows.Single(r => (string)r["Nature"] == "Règlement")["Montant (€)"], CultureInfo.InvariantCulture));
        }

        var settlementsPage = await mother.PageAsync(BillingHistoryModule.SettlementsPath);
        // The billing pages' links, the page being viewed marked.
        var nav = System.Text.RegularExpressions.Regex.Match(settlementsPage, "<nav class=\"no-print subnav\".*?</nav>", System.Text.RegularExpressions.RegexOptions.Singleline).Value;
        Assert.Equal(
            [
                $"<a href=\"{InvoicingModule.ParentPath}\">Mes factures</a>",
                $"<a href=\"{BillingHistoryModule.HistoryPath}\">Historique</a>",
                $"<a href=\"{BillingHistoryModule.SettlementsPath}\" aria-current=\"page\">Mes règlements & régularisations</a>",
                $"<a href=\"{WalletsModule.ParentPath}\">Paiement et Solde</a>",
            ],
            System.Text.RegularExpressions.Regex.Matches(nav, "<a [^>]*>[^<]*</a>").Select(m => WebUtility.HtmlDecode(m.Value)));
        var settlements = Text(settlementsPage);
        Assert.Contains($"Facture {invoice.Number} 3,05 €", settlements, StringComparison.Ordinal);
        Assert.Contains($"Avoir {note.Number} Facture {invoice.Number} : Repas non servi 1,00 €", settlements, StringComparison.Ordinal);

        var father = await SignedInAsync(family.UserNames[1]);
        var his = Text(await father.PageAsync(BillingHistoryModule.HistoryPath));
        Assert.Contains($"dim. 02/03 {child} APS MATIN Réservé 1,10 € Total des consommations 1,10 €", his, StringComparison.Ordinal);
        Assert.DoesNotContain("RESTAURATION", his, StringComparison.Ordinal);
        Assert.Contains("Aucun règlement en mars 2031.", his, StringComparison.Ordinal);
        var hisSettlements = Text(await father.PageAsync(BillingHistoryModule.SettlementsPath));
        Assert.Contains("Aucun règlement ni régularisation pour le moment.", hisSettlements, StringComparison.Ordinal);
        Assert.DoesNotContain(invoice.Number, hisSettlements, StringComparison.Ordinal);
        using var hisExport = await father.GetAsync(BillingHistoryModule.ExportPath(february, SpreadsheetFormat.Csv));
        Assert.DoesNotContain("RESTAURATION", await hisExport.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    /// <summary>The month's invoice of the account, paid online now (PayFiP's answer recorded as the portal records it), and a credit note of 1 € on it.</summary>
    private async Task<(Invoice Invoice, Invoice Note)> InvoicePayAndCreditAsync(DateOnly month, string userName)
    {
        await using var scope = portal.Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        await services.GetRequiredService<MonthlyInvoicing>().RunAsync(month, null, TimeSpan.FromMinutes(1), CancellationToken.None);
        var db = services.GetRequiredService<AppDbContext>();
        var userId = await db.Users.Where(u => u.UserName == userName).Select(u => u.Id).SingleAsync();
        var invoice = await db.Invoices.SingleAsync(i => i.UserId == userId && i.Month == month);
        var now = portal.Clock.GetUtcNow();
        var refdet = InvoicePaymentPurpose.Refdet(invoice.Number);
        var payment = PaymentOperation.Start(userId, invoice.FamilyId, new PaymentDebt(invoice.Id.ToString(CultureInfo.InvariantCulture), refdet, $"Facture {invoice.Number}", invoice.Total), InvoicePaymentPurpose.PurposeKind, "parent@example.org", now);
        payment.Registered("idop-historique");
        payment.Settle(new PayFipPaymentDetail("idop-historique", 'P', PayFipResult.Paid, payment.AmountCents, refdet, null, null, "123456"), now, now);
        db.PaymentOperations.Add(payment);
        invoice.MarkPaid(now);
        await db.SaveChangesAsync();
        var note = await services.GetRequiredService<CreditNotes>().IssueAsync(invoice.Id, 1m, "Repas non servi", "Agent de test", null, CancellationToken.None);
        return (invoice, note);
    }

    private async Task<PortalClient> SignedInAsync(string userName)
    {
        var client = PortalClient.For(portal);
        await client.SignInAsync(userName, TestFamily.Password);
        return client;
    }
}

public sealed class HistoryPagesTestsOnSqlite(ClockedSqlitePortal portal) : HistoryPagesTests<ClockedSqlitePortal>(portal);

public sealed class HistoryPagesTestsOnPostgreSql(ClockedPostgreSqlPortal portal) : HistoryPagesTests<ClockedPostgreSqlPortal>(portal);
