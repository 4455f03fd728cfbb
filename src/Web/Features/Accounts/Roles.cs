namespace DossierFamille.Web.Features.Accounts;

public static class Roles
{
    public const string Parent = nameof(Parent);
    public const string Gestionnaire = nameof(Gestionnaire);
    public const string Admin = nameof(Admin);

    /// <summary>Staff pages: gestionnaires and admins.</summary>
    public const string Staff = Gestionnaire + "," + Admin;

    public static readonly string[] All = [Parent, Gestionnaire, Admin];
}
