using DossierFamille.Web.Features.Invoicing;

namespace DossierFamille.Web.Tests.Features.Invoicing;

/// <summary>Issuing: numbers in their series, due date, immutability by credit notes.</summary>
public sealed class InvoiceTests
{
    private static readonly DateOnly IssueDay = new(2026, 12, 1);
    private static readonly DateTimeOffset Now = new(2026, 12, 1, 5, 0, 0, TimeSpan.Zero);

    private static InvoiceDraft Draft(params decimal[] amounts) => new(
        7, "user-1", new DateOnly(2026, 11, 1), new InvoiceHolder("Mme DUPONT Marie", "F-7", "4 rue des Lilas, 99000 Carteville", "marie@example.org"),
        [.. amounts.Select((a, i) => new InvoiceLine { Kind = InvoiceLineKind.Reservation, ChildName = "DUPONT Léa", Activity = "APS MATIN", Day = new DateOnly(2026, 11, 2 + i), Amount = a })]);

    [Fact]
    public void Numbers_read_with_their_series_year_and_six_digits()
    {
        Assert.Equal("F2026-000123", new InvoiceNumber(InvoiceKind.Facture, 2026, 123).ToString());
        Assert.Equal("A2026-000001", new InvoiceNumber(InvoiceKind.Avoir, 2026, 1).ToString());
    }

    [Fact]
    public void An_invoice_totals_its_lines_and_is_due_the_admins_number_of_days_after_its_issue()
    {
        var invoice = Invoice.Issue(Draft(1.13m, 1.13m, 2.01m), new InvoiceNumber(InvoiceKind.Facture, 2026, 5), Now, IssueDay, paymentDays: 30);

        Assert.Equal(("F2026-000005", 4.27m, new DateOnly(2026, 12, 31), new DateOnly(2026, 11, 1)), (invoice.Number, invoice.Total, invoice.DueDate, invoice.Month!.Value));
        Assert.Equal(("Mme DUPONT Marie", "user-1", 7), (invoice.HolderName, invoice.UserId, invoice.FamilyId));
        Assert.Throws<ArgumentException>(() => Invoice.Issue(Draft(1m), new InvoiceNumber(InvoiceKind.Avoir, 2026, 6), Now, IssueDay, 30));
        Assert.Throws<ArgumentException>(() => Invoice.Issue(Draft(1m), new InvoiceNumber(InvoiceKind.Facture, 2025, 6), Now, IssueDay, 30));
        Assert.Throws<ArgumentException>(() => Invoice.Issue(Draft(), new InvoiceNumber(InvoiceKind.Facture, 2026, 6), Now, IssueDay, 30));
    }

    [Fact]
    public void A_credit_note_has_its_own_series_refers_to_the_invoice_and_never_gives_back_more_than_it()
    {
        var invoice = Invoice.Issue(Draft(10m, 2.5m), new InvoiceNumber(InvoiceKind.Facture, 2026, 9), Now, IssueDay, 30);

        var note = invoice.IssueCreditNote(new InvoiceNumber(InvoiceKind.Avoir, 2026, 1), 2.50m, alreadyCredited: 0, "Repas du 03/11 non servi", Now, IssueDay);

        Assert.Equal((InvoiceKind.Avoir, "A2026-000001", invoice.Id, 2.50m, "Repas du 03/11 non servi"), (note.Kind, note.Number, note.CreditedInvoiceId!.Value, note.Total, note.Reason!));
        Assert.Equal(("Mme DUPONT Marie", "user-1"), (note.HolderName, note.UserId));
        Assert.Equal("Avoir sur la facture F2026-000009 : Repas du 03/11 non servi", Assert.Single(note.Lines).Activity);
        Assert.Equal(12.50m, invoice.Total);
        Assert.Throws<ArgumentOutOfRangeException>(() => invoice.IssueCreditNote(new InvoiceNumber(InvoiceKind.Avoir, 2026, 2), 10.01m, alreadyCredited: 2.50m, "Trop", Now, IssueDay));
        Assert.Throws<ArgumentOutOfRangeException>(() => invoice.IssueCreditNote(new InvoiceNumber(InvoiceKind.Avoir, 2026, 2), 0.005m, 0, "Centime", Now, IssueDay));
        Assert.Throws<ArgumentException>(() => invoice.IssueCreditNote(new InvoiceNumber(InvoiceKind.Facture, 2026, 10), 1m, 0, "Série", Now, IssueDay));
        Assert.Throws<InvalidOperationException>(() => note.IssueCreditNote(new InvoiceNumber(InvoiceKind.Avoir, 2026, 2), 1m, 0, "Avoir d'avoir", Now, IssueDay));
    }

    [Fact]
    public void An_issued_invoice_keeps_its_pdf_once_and_its_payment_once()
    {
        var invoice = Invoice.Issue(Draft(1m), new InvoiceNumber(InvoiceKind.Facture, 2026, 1), Now, IssueDay, 30);

        invoice.AttachPdf("factures/2026/a.pdf");
        invoice.MarkPaid(Now.AddDays(2));
        invoice.MarkPaid(Now.AddDays(3));

        Assert.Throws<InvalidOperationException>(() => invoice.AttachPdf("factures/2026/b.pdf"));
        Assert.Equal(("factures/2026/a.pdf", Now.AddDays(2)), (invoice.PdfBlobName!, invoice.PaidAt!.Value));
    }

    [Fact]
    public void The_monthly_run_comes_on_the_admins_day_and_time_in_the_communes_zone_and_bills_the_previous_month()
    {
        var paris = TimeZoneInfo.FindSystemTimeZoneById("Europe/Paris");

        // 1 December 2026 at 06:00 in Paris is 05:00 UTC; just after it, the next run is on 1 January.
        Assert.Equal(new DateTimeOffset(2026, 12, 1, 5, 0, 0, TimeSpan.Zero), InvoicingSchedule.NextMonthly(1, new TimeOnly(6, 0), new DateTimeOffset(2026, 11, 20, 0, 0, 0, TimeSpan.Zero), paris));
        Assert.Equal(new DateTimeOffset(2027, 1, 1, 5, 0, 0, TimeSpan.Zero), InvoicingSchedule.NextMonthly(1, new TimeOnly(6, 0), new DateTimeOffset(2026, 12, 1, 5, 0, 0, TimeSpan.Zero), paris));
        // Summer time: 06:00 in Paris is 04:00 UTC.
        Assert.Equal(new DateTimeOffset(2027, 6, 15, 4, 0, 0, TimeSpan.Zero), InvoicingSchedule.NextMonthly(15, new TimeOnly(6, 0), new DateTimeOffset(2027, 6, 1, 0, 0, 0, TimeSpan.Zero), paris));
        Assert.Equal(new DateOnly(2026, 12, 1), InvoicingSchedule.MonthBilledOn(new DateOnly(2027, 1, 1)));
    }
}
