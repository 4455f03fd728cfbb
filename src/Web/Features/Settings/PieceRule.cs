using DossierFamille.Web.Features.Dossier;

namespace DossierFamille.Web.Features.Settings;

/// <summary>A pièce justificative the commune asks for, on which fiche, and when.</summary>
public sealed class PieceRule
{
    public int Id { get; set; }

    /// <summary>Stable code the stored files refer to, e.g. "avis-imposition".</summary>
    public required string Code { get; set; }

    public required string Label { get; set; }

    public FicheKind Fiche { get; set; }

    public PieceCondition Condition { get; set; }

    public bool IsActive { get; set; } = true;

    public int SortOrder { get; set; }
}
