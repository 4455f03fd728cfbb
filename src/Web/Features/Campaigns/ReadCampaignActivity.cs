using System.Globalization;
using System.Text.Json.Nodes;
using DossierFamille.Web.Data;
using DossierFamille.Web.Features.Commune;
using DossierFamille.Web.Features.Dossier;
using DossierFamille.Workflows.Activities;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace DossierFamille.Web.Features.Campaigns;

/// <summary>Reads the campaign again (the admin may have changed it) and works out the next stage from the emails already sent.</summary>
[Activity("LireCampagne", "Lire la campagne", "Campagnes",
    Description = "Relit la campagne et calcule l'étape suivante d'après les variables ouvertureEnvoyee et derniereRelance : variables annee, ouverture, fermeture, intervalle, lien, etape (attente, ouverture, relance ou terminee) et echeance (date de la prochaine étape).")]
[ActivityInput("Campagne", "Année scolaire (par défaut celle de la corrélation « campagne:2026-2027 »)", InputKinds.Text)]
[ActivityOutcomes("Done")]
internal sealed class ReadCampaignActivity : WorkflowActivity
{
    public override async ValueTask<ActivityResult> ExecuteAsync(ActivityExecutionContext context)
    {
        var year = CampaignWorkflow.SchoolYearOf(context);
        var db = context.Services.GetRequiredService<AppDbContext>();
        var options = context.Services.GetRequiredService<IOptions<CampaignOptions>>().Value;
        var campaign = await db.Campaigns.AsNoTracking().SingleOrDefaultAsync(c => c.SchoolYear == year, context.CancellationToken);
        var step = campaign is null
            ? new CampaignStep(CampaignStage.Finished, null)
            : CampaignSchedule.Next(campaign, Instant(context, CampaignWorkflow.OpeningSentVariable), Instant(context, CampaignWorkflow.LastReminderVariable), context.TimeProvider.GetUtcNow(), options);
        var previous = context.GetVariable("etape")?.GetValue<string>();
        if (step.Stage is CampaignStage.Opening or CampaignStage.Reminder && step.Stage == previous)
        {
            // An edited workflow that no longer records its emails would write to the families in a loop.
            throw new InvalidOperationException($"L'étape « {step.Stage} » revient alors que l'envoi précédent n'a pas été enregistré (variables {CampaignWorkflow.OpeningSentVariable} et {CampaignWorkflow.LastReminderVariable}) : arrêt pour ne pas écrire deux fois aux familles.");
        }

        context.SetVariable("annee", JsonValue.Create(year));
        if (campaign is not null)
        {
            context.SetVariable("ouverture", JsonValue.Create(CampaignRules.Format(campaign.OpensOn)));
            context.SetVariable("fermeture", JsonValue.Create(CampaignRules.Format(campaign.ClosesOn)));
            context.SetVariable("intervalle", JsonValue.Create(campaign.ReminderIntervalDays));
        }

        context.SetVariable("lien", JsonValue.Create(context.Services.GetRequiredService<PortalLinks>().Absolute(DossierModule.DossierPath)));
        context.SetVariable("etape", JsonValue.Create(step.Stage));
        context.SetVariable("echeance", step.WaitUntil is { } until ? JsonValue.Create(until.UtcDateTime.ToString("O", CultureInfo.InvariantCulture)) : null);
        return ActivityResult.Done;
    }

    private static DateTimeOffset? Instant(ActivityExecutionContext context, string variable) =>
        context.GetVariable(variable) is JsonValue value && value.TryGetValue<string>(out var text) && text.Length > 0
            ? DateTimeOffset.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal)
            : null;
}
