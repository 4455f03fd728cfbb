using System.Globalization;
using DossierFamille.Web.Features.Billing;
using DossierFamille.Web.Features.Commune;
using DossierFamille.Web.Features.Email;

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

    public void Issued(string to, Invoice invoice) => outbox.Enqueue(to, EmailLayout.Compose(IssuedSubject, $"Bonjour {invoice.HolderName},",
    [
        $"Votre facture {invoice.Number} du mois de {Month(invoice.Month!.Value)}, d'un montant de {Money.Format(invoice.Total)}, est disponible sur le portail famille.",
        $"Elle est à régler avant le {Date(invoice.DueDate)} : à la mairie, ou en ligne sur le portail famille.",
    ], Action()));

    public void Reminder(string to, Invoice invoice, decimal due) => outbox.Enqueue(to, EmailLayout.Compose(ReminderSubject(invoice.Number), $"Bonjour {invoice.HolderName},",
    [
        $"Sauf erreur de notre part, votre facture {invoice.Number} du {Date(invoice.IssueDate)}, arrivée à échéance le {Date(invoice.DueDate)}, n'est pas réglée : il reste {Money.Format(due)} à payer.",
        "Vous pouvez la régler à la mairie, ou en ligne sur le portail famille. Si vous l'avez réglée entre-temps, ne tenez pas compte de ce message.",
    ], Action()));

    public void Sent(string to, Invoice invoice, string kindName) => outbox.Enqueue(to, EmailLayout.Compose(SentSubject(invoice.Number), $"Bonjour {invoice.HolderName},",
    [
        $"Vous trouverez ci-joint {kindName} {invoice.Number} du {Date(invoice.IssueDate)}, d'un montant de {Money.Format(invoice.Total)}, comme demandé sur le portail famille.",
    ], Action()), new EmailAttachment(InvoicePdfFile.Name(invoice), invoice.PdfBlobName!));

    private EmailAction Action() => new("Voir mes factures", links.Absolute(InvoicingModule.ParentPath));
}
