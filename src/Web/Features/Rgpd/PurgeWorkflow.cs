using DossierFamille.Workflows.Definitions;

namespace DossierFamille.Web.Features.Rgpd;

/// <summary>
/// "Purge RGPD", published at first start and editable in the designer: every night a new instance
/// deletes what the retention settings make due (rows, with their files queued, in one step), waits
/// for that step to be committed, then deletes the queued files in a second step.
/// </summary>
internal static class PurgeWorkflow
{
    public const string DefinitionId = "purge-rgpd";

    /// <summary>Every night at 02:00 UTC (03:00 or 04:00 in Paris), when the portal is quiet.</summary>
    public const string Schedule = "0 2 * * *";

    public static WorkflowDefinitionModel Build() =>
        new WorkflowBuilder(DefinitionId, "Purge RGPD")
            .Describe("Chaque nuit : supprime les données dont la durée de conservation est échue (réglages « Conservation des données »), puis leurs fichiers une fois la suppression validée.")
            .Variable("resume")
            .Variable("fichiers")
            .Add("chaqueNuit", "Timer", a => a.Literal("Cron", Schedule).At(0, 0))
            .Add("purge", "PurgeRgpd", a => a.Literal("ResultVariable", "resume").At(0, 120))
            .Add("validation", "Delay", a => a.Literal("Duration", "PT1M").At(0, 240))
            .Add("fichiersPurges", "SupprimerFichiersPurges", a => a.Literal("ResultVariable", "fichiers").At(0, 360))
            .Add("fin", "End", a => a.At(0, 480))
            .Connect("chaqueNuit", "purge")
            .Connect("purge", "validation")
            .Connect("validation", "fichiersPurges")
            .Connect("fichiersPurges", "fin")
            .Build();
}
