namespace DossierFamille.Web.Features.Reservations;

/// <summary>
/// One movement a parent validated, in arrival order: <see cref="Id"/> is a commune-wide sequence
/// the nightly processing follows (first come, first served).
/// </summary>
public sealed class BookingRequest
{
    public long Id { get; set; }

    public long BookingId { get; set; }

    public Booking? Booking { get; set; }

    public BookingRequestKind Kind { get; set; }

    public Guid SubmissionId { get; set; }

    public required string UserId { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>Null while "Non transmise"; set by the processing (nightly or immediate) with <see cref="Outcome"/>.</summary>
    public DateTimeOffset? ProcessedAt { get; set; }

    public BookingOutcome? Outcome { get; set; }

    /// <summary>Why it was refused (<see cref="BookingOutcome.Refusee"/>), in French.</summary>
    public string? Reason { get; set; }

    /// <summary>Its place on the waiting list when it was processed (<see cref="BookingOutcome.ListeAttente"/>).</summary>
    public int? WaitingPosition { get; set; }

    /// <summary>Set when a next-morning report told it.</summary>
    public DateTimeOffset? ReportedAt { get; set; }
}
