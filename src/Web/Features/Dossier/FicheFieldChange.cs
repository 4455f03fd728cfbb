namespace DossierFamille.Web.Features.Dossier;

/// <summary>One field of a fiche under review: its value, and last year's when it changed.</summary>
public sealed record FicheFieldChange(string Label, string Value, string? PreviousValue, bool Changed);
