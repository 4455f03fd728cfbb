using DossierFamille.Workflows.Definitions;

namespace DossierFamille.Web.Features.Rgpd.Closure;

/// <summary>
/// "Fermeture de compte", published at first start and editable in the designer: dispatched when a gestionnaire
/// confirms a closure (same transaction), it erases the account's data with its files queued in one step, waits for
/// that step to be committed, then deletes the queued files (the purge's two-step deletion).
/// </summary>
internal static class AccountClosureWorkflow
{
    public const string DefinitionId = "fermeture-compte";

    private const string Prefix = "fermeture:";

    public static string Correlation(int closureId) => $"{Prefix}{closureId}";

    public static int? ClosureId(string? correlation) =>
        correlation is not null && correlation.StartsWith(Prefix, StringComparison.Ordinal)
            && int.TryParse(correlation.AsSpan(Prefix.Length), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var id) ? id : null;

    public static WorkflowDefinitionModel Build() =>
        new WorkflowBuilder(DefinitionId, "Fermeture de compte")
            .Describe("Après la confirmation d'une fermeture de compte par un gestionnaire : effacement des données du compte (et du dossier de la famille si c'était son dernier compte), puis suppression de leurs fichiers une fois l'effacement validé.")
            .Add("debut", "Start", a => a.At(0, 0))
            .Add("effacer", "FermerCompte", a => a.At(0, 120))
            .Add("validation", "Delay", a => a.Literal("Duration", "PT1M").At(0, 240))
            .Add("fichiers", "SupprimerFichiersPurges", a => a.At(0, 360))
            .Add("fin", "End", a => a.At(0, 480))
            .Sequence("debut", "effacer", "validation", "fichiers", "fin")
            .Build();
}
