namespace DossierFamille.Workflows.Tests.Http;

/// <summary>The portal's roles, as its policies use them.</summary>
internal static class ApiRoles
{
    public const string Gestionnaire = nameof(Gestionnaire);
    public const string Admin = nameof(Admin);
    public const string Parent = nameof(Parent);
}
