namespace DossierFamille.Web.Features.Rgpd;

/// <summary>One row the purge deletes, with what the dry run shows of it (never its content).</summary>
public sealed record PurgeItem(int Id, string Label);
