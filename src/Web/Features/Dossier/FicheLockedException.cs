namespace DossierFamille.Web.Features.Dossier;

/// <summary>A transmitted or accepted fiche was posted again: it stays as it is.</summary>
public sealed class FicheLockedException(Fiche fiche)
    : InvalidOperationException($"La fiche « {fiche.Title} » est {FicheLabels.Status(fiche.Status).ToLowerInvariant()} : elle ne peut plus être modifiée.");
