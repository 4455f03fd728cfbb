namespace DossierFamille.Web.Features.Dossier;

/// <summary>One thing the parents still have to do, in French, with the portal page where they do it.</summary>
public sealed record ProgressItem(string Label, string Path);
