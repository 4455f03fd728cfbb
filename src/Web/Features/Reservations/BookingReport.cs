namespace DossierFamille.Web.Features.Reservations;

/// <summary>
/// The next-morning report of one account for one night: unique per (account, night), written in
/// the transaction that queues its email, so that a restarted run never sends it twice.
/// </summary>
public sealed class BookingReport
{
    public long Id { get; set; }

    public required string UserId { get; set; }

    /// <summary>The commune's local date of the morning the report was made.</summary>
    public DateOnly Night { get; set; }

    /// <summary>The address it was sent to; null when the account has none (listed for the gestionnaire).</summary>
    public string? SentTo { get; set; }

    public int Movements { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
}
