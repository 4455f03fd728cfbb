namespace DossierFamille.Web.Features.Settings;

/// <summary>An authorisation the commune adds to every child's fiche (besides image rights and medical emergencies).</summary>
public sealed class AuthorisationQuestion
{
    public int Id { get; set; }

    /// <summary>"J'autorise mon enfant à rentrer seul après l'accueil du soir".</summary>
    public required string Wording { get; set; }

    public bool IsActive { get; set; } = true;

    public int SortOrder { get; set; }
}
