using DossierFamille.Workflows.Definitions;

namespace DossierFamille.Web.Features.Reglements;

/// <summary>"Signature du règlement intérieur": on each signature, the receipt PDF is emailed, then the child's dossier may be complete.</summary>
internal static class ReglementSignatureWorkflow
{
    public const string DefinitionId = "signature-reglement";

    public static WorkflowDefinitionModel Build() =>
        new WorkflowBuilder(DefinitionId, "Signature du règlement intérieur")
            .Describe("Après la signature d'un règlement intérieur : accusé PDF envoyé par email au signataire, puis vérification du dossier complet.")
            .Add("signe", "WaitForSignal", a => a.Literal("Signal", ReglementSignatures.SignedSignal).At(0, 0))
            .Add("accuse", "EnvoyerRecuReglement", a => a.At(0, 120))
            .Add("complet", "VerifierDossierComplet", a => a.JavaScript("FamilyId", "variables.familleId").At(0, 240))
            .Add("fin", "End", a => a.At(0, 360))
            .Sequence("signe", "accuse", "complet", "fin")
            .Build();
}
