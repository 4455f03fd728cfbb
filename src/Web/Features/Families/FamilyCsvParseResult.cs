namespace DossierFamille.Web.Features.Families;

public sealed record FamilyCsvParseResult(IReadOnlyList<NewFamily> Families, IReadOnlyList<string> Errors);
