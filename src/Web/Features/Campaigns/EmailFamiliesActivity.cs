using System.Globalization;
using System.Text.Json.Nodes;
using DossierFamille.Web.Data;
using DossierFamille.Web.Features.Commune;
using DossierFamille.Web.Features.Dossier;
using DossierFamille.Web.Features.Email;
using DossierFamille.Web.Features.Families;
using DossierFamille.Workflows.Activities;
using DossierFamille.Workflows.Email;
using Microsoft.EntityFrameworkCore;
using DossierFamille.Web.Features.Campaigns.Emails;
using DossierFamille.Web.Features.Email.Templates;

namespace DossierFamille.Web.Features.Campaigns;

/// <summary>
/// Writes to each responsable of every family, or of the families whose dossier is incomplete,
/// through the engine's mailer: the emails join the outbox in this step's transaction, so a step
/// run again after a crash never sends them twice. Each email lists what remains to do.
/// </summary>
[Activity("EmailFamilles", "Envoyer un e-mail aux familles", "Campagnes",
    Description = "Un e-mail à chaque responsable : objet et message donnés, puis ce qu'il reste à faire à sa famille et le lien vers le dossier. Destinataires : Toutes ou DossierIncomplet. La variable résultat reçoit la date d'envoi.")]
[ActivityInput("Campagne", "Année scolaire (par défaut celle de la corrélation « campagne:2026-2027 »)", InputKinds.Text)]
[ActivityInput("Destinataires", "Familles (Toutes ou DossierIncomplet)", InputKinds.Select, Required = true)]
[ActivityInput("Objet", "Objet", InputKinds.Text, Required = true)]
[ActivityInput("Message", "Message (paragraphes séparés par une ligne vide)", InputKinds.Multiline, Required = true)]
[ActivityInput("ResultVariable", "Variable recevant la date d'envoi", InputKinds.Variable)]
[ActivityOutcomes("Done")]
internal sealed class EmailFamiliesActivity : WorkflowActivity
{
    public const string AllFamilies = "Toutes";
    public const string IncompleteFamilies = "DossierIncomplet";

    public override async ValueTask<ActivityResult> ExecuteAsync(ActivityExecutionContext context)
    {
        var recipients = context.GetRequiredText("Destinataires");
        if (recipients is not (AllFamilies or IncompleteFamilies))
        {
            throw new InvalidOperationException($"Destinataires « {recipients} » inconnus : {AllFamilies} ou {IncompleteFamilies}.");
        }

        var year = CampaignWorkflow.SchoolYearOf(context);
        var subject = context.GetRequiredText("Objet");
        var paragraphs = context.GetRequiredText("Message").Split(["\r\n\r\n", "\n\n"], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var db = context.Services.GetRequiredService<AppDbContext>();
        var ct = context.CancellationToken;
        var campaign = await db.Campaigns.AsNoTracking().SingleAsync(c => c.SchoolYear == year, ct);
        var families = await context.Services.GetRequiredService<DossierProgressReader>().ReadAsync(campaign.Id, null, ct);
        var accounts = await db.Families.AsNoTracking().Include(f => f.Responsables).ToDictionaryAsync(f => f.Id, ct);
        var link = context.Services.GetRequiredService<PortalLinks>().Absolute(DossierModule.DossierPath);
        var renderer = context.Services.GetRequiredService<EmailRenderer>();
        var mailer = context.Services.GetRequiredService<IWorkflowMailer>();
        foreach (var family in families.Where(f => recipients == AllFamilies || f.HasToDo))
        {
            foreach (var responsable in accounts[family.FamilyId].Responsables.Where(r => !string.IsNullOrEmpty(r.Email)).OrderBy(r => r.Id))
            {
                // Separated parents each read only what their account reaches: never the other's fiche famille.
                var scope = AccountScope.ForParent(accounts[family.FamilyId], responsable.UserId ?? string.Empty);
                var toDo = family.ToDo.Where(t => scope.ReachesOwner(t.OwnerResponsableId)).ToList();
                if (recipients == IncompleteFamilies && toDo.Count == 0)
                {
                    continue;
                }

                var email = await renderer.RenderAsync(new CampaignEmail(subject, $"{responsable.FirstName} {responsable.LastName}", paragraphs, [.. toDo.Select(t => t.Label)], link));
                mailer.Enqueue(new WorkflowEmail(responsable.Email!, email.Subject, email.HtmlBody, email.TextBody) { InstanceId = context.InstanceId, ActivityId = context.ActivityId });
            }
        }

        if (context.GetInput<string>("ResultVariable") is { Length: > 0 } variable)
        {
            context.SetVariable(variable, JsonValue.Create(context.TimeProvider.GetUtcNow().UtcDateTime.ToString("O", CultureInfo.InvariantCulture)));
        }

        return ActivityResult.Done;
    }
}
