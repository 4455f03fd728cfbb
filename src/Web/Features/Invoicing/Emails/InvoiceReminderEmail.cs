using DossierFamille.Web.Features.Email.Templates;

namespace DossierFamille.Web.Features.Invoicing.Emails;

/// <summary>The reminder of an unpaid invoice past its due date, with what remains to pay.</summary>
public sealed record InvoiceReminderEmail(string HolderName, string Number, string IssueDate, string DueDate, string Due, string Url) : EmailModel<InvoiceReminderEmailTemplate>
{
    public override string Subject => InvoiceMails.ReminderSubject(Number);
}
