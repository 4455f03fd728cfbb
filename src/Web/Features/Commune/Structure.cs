namespace DossierFamille.Web.Features.Commune;

/// <summary>A place that welcomes children: école, accueil de loisirs, restaurant scolaire…</summary>
public sealed class Structure
{
    public int Id { get; set; }

    public required string Name { get; set; }

    public StructureKind Kind { get; set; }

    public string? Address { get; set; }

    public bool IsActive { get; set; } = true;
}
