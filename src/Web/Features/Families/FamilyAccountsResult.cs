namespace DossierFamille.Web.Features.Families;

public sealed record FamilyAccountsResult(IReadOnlyList<IssuedCredential> Issued, string? Error)
{
    public bool Succeeded => Error is null;

    public static FamilyAccountsResult Success(IReadOnlyList<IssuedCredential> issued) => new(issued, null);

    public static FamilyAccountsResult Failure(string error) => new([], error);
}
