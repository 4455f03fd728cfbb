using System.ComponentModel.DataAnnotations;

namespace DossierFamille.Web.Features.Dossier;

/// <summary>The link of an autre responsable with one child; the child's first name is kept for the reviewer.</summary>
public sealed class ChildLink
{
    public int ChildId { get; set; }

    public string? ChildName { get; set; }

    [MaxLength(60)]
    public string? Relationship { get; set; }

    public override string ToString() => $"{ChildName} : {Relationship}";
}
