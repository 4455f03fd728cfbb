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

    /// <summary>
    /// Set when the family's last account was closed: its personal data is erased and what the law keeps (signature
    /// evidence, the children it is about) stays without being shown; staff searches and pages leave the family out.
    /// </summary>
    public DateTimeOffset? ClosedAt { get; set; }

    public List<Responsable> Responsables { get; } = [];

    public List<Child> Children { get; } = [];
}
