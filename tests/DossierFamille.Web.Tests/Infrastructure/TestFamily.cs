namespace DossierFamille.Web.Tests.Infrastructure;

/// <summary>A family made by a test: its reference, and each responsable's login and email.</summary>
public sealed record TestFamily(string Reference, IReadOnlyList<string> UserNames, IReadOnlyList<string> Emails)
{
    public const string Password = "Famille-Test-2026!";

    public string UserName => UserNames[0];

    public string Email => Emails[0];
}
