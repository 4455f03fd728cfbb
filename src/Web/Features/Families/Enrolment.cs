using DossierFamille.Web.Features.Commune;

namespace DossierFamille.Web.Features.Families;

/// <summary>A child enrolled in a structure for a school year.</summary>
public sealed class Enrolment
{
    public int Id { get; set; }

    public int ChildId { get; set; }

    public Child? Child { get; set; }

    public int StructureId { get; set; }

    public Structure? Structure { get; set; }

    public int CampaignId { get; set; }

    public Campaign? Campaign { get; set; }

    /// <summary>The child's class that school year ("CE1", "CM2 – Mme Leroy"), for an école; changed through a request the mairie accepts.</summary>
    public string? SchoolClass { get; set; }
}
