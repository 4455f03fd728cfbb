namespace DossierFamille.Web.Features.Reservations;

/// <summary>A waiting-list place that became accepted (a place was freed, or the mairie promoted it): a movement of the next report.</summary>
public sealed class BookingPromotion
{
    public long Id { get; set; }

    public long BookingId { get; set; }

    /// <summary>The account the booking belongs to (told by email at once, and in the next report).</summary>
    public required string UserId { get; set; }

    public DateTimeOffset PromotedAt { get; set; }

    /// <summary>The staff member who promoted it; null when the processing did.</summary>
    public string? PromotedBy { get; set; }

    /// <summary>Set when a next-morning report told it.</summary>
    public DateTimeOffset? ReportedAt { get; set; }
}
