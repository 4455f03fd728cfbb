using System.Globalization;
using DossierFamille.Web.Features.Billing;
using DossierFamille.Web.Features.Commune;
using DossierFamille.Web.Features.Email;
using DossierFamille.Web.Features.Invoicing.Emails;

namespace DossierFamille.Web.Features.Invoicing;

/// <summary>The invoice emails: "a new invoice is on the portal", the reminder of an unpaid one, and an invoice sent on request with its PDF.</summary>
internal sealed class InvoiceMails(EmailOutbox outbox, PortalLinks links)
{
    public const string IssuedSubject = "Une facture est disponible sur le portail famille";

    private static readonly CultureInfo French = CultureInfo.GetCultureInfo("fr-FR");

    public static string ReminderSubject(string number) => $"Rappel : votre facture {number} reste à régler";

    public static string SentSubject(string number) => $"Votre facture {number}";

    public static string Month(DateOnly month) => month.ToString("MMMM yyyy", French);

    public static string Date(DateOnly day) => day.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);

    /// <summary>"A new invoice is on the portal", telling what the account's trop payé paid of it (<paramref name="tropPaye"/>) and what is left.</summary>
    public Task IssuedAsync(string to, Invoice invoice, decimal tropPaye) => outbox.EnqueueAsync(to, new InvoiceIssuedEmail(
        invoice.HolderName, invoice.Number, Month(invoice.Month!.Value), Money.Format(invoice.Total), Date(invoice.DueDate), Link(),
        tropPaye > 0 ? Money.Format(tropPaye) : null, Money.Format(invoice.Total - tropPaye), invoice.Total - tropPaye <= 0));

    public Task ReminderAsync(string to, Invoice invoice, decimal due) => outbox.EnqueueAsync(to, new InvoiceReminderEmail(
        invoice.HolderName, invoice.Number, Date(invoice.IssueDate), Date(invoice.DueDate), Money.Format(due), Link()));

    public Task SentAsync(string to, Invoice invoice, string kindName) => outbox.EnqueueAsync(to, new InvoiceSentEmail(
        invoice.HolderName, kindName, invoice.Number, Date(invoice.IssueDate), Money.Format(invoice.Total), Link()), new EmailAttachment(InvoicePdfFile.Name(invoice), invoice.PdfBlobName!));

    private string Link() => links.Absolute(InvoicingModule.ParentPath);
}
