using DossierFamille.Web.Features.Dossier;

namespace DossierFamille.Web.Features.Settings;

/// <summary>The French wording of each condition and whether it holds on a fiche's content.</summary>
public static class PieceConditions
{
    public static string Label(this PieceCondition condition) => condition switch
    {
        PieceCondition.Toujours => "Toujours",
        PieceCondition.RegimeCafOuMsa => "Allocataire CAF ou MSA",
        PieceCondition.SalarieAvecEmployeur => "Employeur renseigné",
        PieceCondition.Divorce => "Situation familiale : divorcé(e)",
        PieceCondition.Vaccine => "Enfant vacciné",
        PieceCondition.NonVaccine => "Enfant non vacciné (contre-indication)",
        PieceCondition.Traitement => "Traitement médical",
        PieceCondition.Pai => "PAI",
        _ => condition.ToString(),
    };

    /// <summary>The fiche a condition reads; <see cref="PieceCondition.Toujours"/> fits both.</summary>
    public static bool AppliesTo(this PieceCondition condition, FicheKind kind) => condition switch
    {
        PieceCondition.Toujours => true,
        PieceCondition.RegimeCafOuMsa or PieceCondition.SalarieAvecEmployeur or PieceCondition.Divorce => kind == FicheKind.Responsable,
        _ => kind == FicheKind.Enfant,
    };

    public static bool HoldsFor(this PieceCondition condition, object data) => (condition, data) switch
    {
        (PieceCondition.Toujours, _) => true,
        (PieceCondition.RegimeCafOuMsa, ResponsableData r) => r.Regime is "CAF" or "MSA",
        (PieceCondition.SalarieAvecEmployeur, ResponsableData r) => !string.IsNullOrWhiteSpace(r.Employer),
        (PieceCondition.Divorce, ResponsableData r) => r.FamilySituation == "Divorcé(e)",
        (PieceCondition.Vaccine, EnfantData e) => !e.VaccinationContraindicated,
        (PieceCondition.NonVaccine, EnfantData e) => e.VaccinationContraindicated,
        (PieceCondition.Traitement, EnfantData e) => e.Treatment,
        (PieceCondition.Pai, EnfantData e) => e.Pai,
        _ => false,
    };
}
