using DossierFamille.Workflows.Definitions;

namespace DossierFamille.Web.Features.Rgpd.Copy;

/// <summary>
/// "Copie des données", published at first start and editable in the designer: dispatched with each
/// request (same transaction), it builds the zip and emails its link in one step.
/// </summary>
internal static class DataCopyWorkflow
{
    public const string DefinitionId = "copie-donnees";

    private const string Prefix = "copie:";

    public static string Correlation(Guid copyId) => $"{Prefix}{copyId}";

    public static Guid? CopyId(string? correlation) =>
        correlation is not null && correlation.StartsWith(Prefix, StringComparison.Ordinal) && Guid.TryParse(correlation.AsSpan(Prefix.Length), out var id) ? id : null;

    public static WorkflowDefinitionModel Build() =>
        new WorkflowBuilder(DefinitionId, "Copie des données")
            .Describe("Demande d'une copie de ses données par un parent (droit d'accès, article 15 du RGPD) : la copie est préparée puis son lien envoyé par email.")
            .Add("debut", "Start", a => a.At(0, 0))
            .Add("preparer", "PreparerCopieDonnees", a => a.At(0, 120))
            .Add("fin", "End", a => a.At(0, 240))
            .Sequence("debut", "preparer", "fin")
            .Build();
}
