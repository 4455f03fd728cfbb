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

    /// <summary>Null while "Non transmise"; set by the nightly processing.</summary>
    public DateTimeOffset? ProcessedAt { get; set; }
}
