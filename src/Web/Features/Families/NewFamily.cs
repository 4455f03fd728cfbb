namespace DossierFamille.Web.Features.Families;

/// <summary>A family account to create: its responsables each get a login.</summary>
public sealed record NewFamily(string Reference, string Name, bool ParentsSeparated, IReadOnlyList<NewResponsable> Responsables);
