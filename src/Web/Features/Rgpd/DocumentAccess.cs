namespace DossierFamille.Web.Features.Rgpd;

/// <summary>
/// A member of staff opened a family's document or a child's health data: who, when, what — never
/// the content. Read by admins per family and given to the family in its data copy.
/// </summary>
public sealed class DocumentAccess
{
    public long Id { get; set; }

    public DateTimeOffset At { get; set; }

    public int FamilyId { get; set; }

    public required string ActorUserId { get; set; }

    /// <summary>The staff member's name as shown at the time.</summary>
    public required string Actor { get; set; }

    public DocumentAccessKind Kind { get; set; }

    public int FicheId { get; set; }

    public int? PieceId { get; set; }

    /// <summary>What was opened, in French: "Dernier avis d'imposition : avis.pdf (Fiche famille – Alice Martin)".</summary>
    public required string What { get; set; }
}
