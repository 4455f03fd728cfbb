namespace DossierFamille.Web.Features.Families;

/// <summary>A parent or legal guardian of a family.</summary>
public sealed class Responsable
{
    public int Id { get; set; }

    public int FamilyId { get; set; }

    public Family? Family { get; set; }

    public ResponsableQuality Quality { get; set; }

    public required string FirstName { get; set; }

    public required string LastName { get; set; }

    /// <summary>One or more addresses separated by ";"; the first receives payment tickets.</summary>
    public string? Email { get; set; }

    public string? Phone { get; set; }

    /// <summary>The Identity account of this responsable, when the mairie created one.</summary>
    public string? UserId { get; set; }

    public string FullName => $"{FirstName} {LastName}";
}
