namespace DossierFamille.Web.Features.Dossier;

/// <summary>A pièce justificative a fiche needs: its code and the French label shown to parents.</summary>
public sealed record RequiredPiece(string Code, string Label);
