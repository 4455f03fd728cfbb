namespace DossierFamille.Web.Features.Reservations;

/// <summary>
/// One child's day in one activity: a single row per (child, activity, day), unique in the
/// database, so that two parents validating the same day at once record it once. A cancelled day
/// keeps its row and may be booked again.
/// </summary>
public sealed class Booking
{
    public long Id { get; set; }

    public int FamilyId { get; set; }

    public int ChildId { get; set; }

    public int ActivityId { get; set; }

    public DateOnly Day { get; set; }

    public BookingState State { get; set; }

    /// <summary>The account that booked it: the other parent sees the day taken, not who took it.</summary>
    public required string UserId { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    /// <summary>The price of the day, set by billing; null until then.</summary>
    public decimal? Price { get; set; }

    /// <summary>The arrival number of the request that put it on the waiting list: the list's order.</summary>
    public long? WaitingSince { get; set; }

    public int Version { get; set; }

    /// <summary>The <see cref="PayAtBooking.BookingHold"/> that holds (or held) the day for its payment; null for a day not paid at booking.</summary>
    public long? HoldId { get; set; }

    public bool IsActive => State is not (BookingState.Annulee or BookingState.Refusee);
}
