using DossierFamille.Workflows.Email;
using Microsoft.Extensions.DependencyInjection;

namespace DossierFamille.Workflows.Activities.BuiltIn;

/// <summary>
/// Puts an email into the host's outbox (same transaction as the step) through <see cref="IWorkflowMailer"/>.
/// The HTML body is a template: variables inserted by its script are HTML-encoded (see <see cref="ActivityExecutionContext.GetRequiredHtml"/>).
/// </summary>
[Activity("SendEmail", "Envoyer un e-mail", "Communication")]
[ActivityInput("To", "Destinataire", InputKinds.Email, Required = true)]
[ActivityInput("Subject", "Objet", InputKinds.Text, Required = true)]
[ActivityInput("HtmlBody", "Corps HTML", InputKinds.EmailTemplate, Required = true)]
[ActivityInput("TextBody", "Corps texte", InputKinds.Multiline)]
internal sealed class SendEmailActivity : WorkflowActivity
{
    public override ValueTask<ActivityResult> ExecuteAsync(ActivityExecutionContext context)
    {
        var mailer = context.Services.GetRequiredService<IWorkflowMailer>();
        mailer.Enqueue(new WorkflowEmail(
            context.GetRequiredText("To"),
            context.GetRequiredText("Subject"),
            context.GetRequiredHtml("HtmlBody"),
            context.GetInput<string>("TextBody"))
        {
            InstanceId = context.InstanceId,
            ActivityId = context.ActivityId,
        });
        return ValueTask.FromResult(ActivityResult.Done);
    }
}
