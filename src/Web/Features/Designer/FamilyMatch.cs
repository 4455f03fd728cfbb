namespace DossierFamille.Web.Features.Designer;

public sealed record FamilyMatch(int Id, string Reference, string Name);
