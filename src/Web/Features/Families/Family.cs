namespace DossierFamille.Web.Features.Families;

/// <summary>A foyer: its responsables (each may have a login) and its children.</summary>
public sealed class Family
{
    public int Id { get; set; }

    /// <summary>The mairie's reference for the family, e.g. "F-0001".</summary>
    public required string Reference { get; set; }

    public required string Name { get; set; }

    /// <summary>Separated parents each keep their own account and see the same children.</summary>
    public bool ParentsSeparated { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public List<Responsable> Responsables { get; } = [];

    public List<Child> Children { get; } = [];
}
