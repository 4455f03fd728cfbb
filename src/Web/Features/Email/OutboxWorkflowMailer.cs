using DossierFamille.Workflows.Email;

namespace DossierFamille.Web.Features.Email;

/// <summary>SendEmail activities write to the outbox of the step's own unit of work.</summary>
internal sealed class OutboxWorkflowMailer(EmailOutbox outbox) : IWorkflowMailer
{
    public void Enqueue(WorkflowEmail email) =>
        outbox.Enqueue(email.To, new EmailContent(email.Subject, email.HtmlBody, email.TextBody ?? HtmlToText(email.HtmlBody)));

    private static string HtmlToText(string html) =>
        System.Net.WebUtility.HtmlDecode(System.Text.RegularExpressions.Regex.Replace(html, "<[^>]+>", " ", System.Text.RegularExpressions.RegexOptions.None, TimeSpan.FromSeconds(1)));
}
