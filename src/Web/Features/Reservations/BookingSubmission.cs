namespace DossierFamille.Web.Features.Reservations;

/// <summary>
/// One "Valider définitivement": its key comes with the recap form, so a double click, a second tab
/// or a replayed post finds it recorded and records nothing again.
/// </summary>
public sealed class BookingSubmission
{
    public Guid Id { get; set; }

    public int FamilyId { get; set; }

    public required string UserId { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public int Reservations { get; set; }

    public int Cancellations { get; set; }

    /// <summary>Lines refused at validation, one per line as "enfant|activité|jour|motif" (JSON array).</summary>
    public required string RefusedJson { get; set; }

    public Guid? WorkflowInstanceId { get; set; }
}
