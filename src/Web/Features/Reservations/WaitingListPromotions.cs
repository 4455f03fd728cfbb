using DossierFamille.Web.Data;

namespace DossierFamille.Web.Features.Reservations;

/// <summary>
/// Records promotions from the waiting list (movements of the next report) and writes to each
/// account concerned at once, in the caller's unit of work: the email leaves only if the promotion commits.
/// </summary>
internal sealed class WaitingListPromotions(AppDbContext db, BookingAccountEmails emails)
{
    public const string Subject = "Réservations acceptées : des places se sont libérées";

    public const string Message = "Des places se sont libérées : vos réservations en liste d'attente ont été acceptées.";

    /// <param name="promotedBy">The staff member who promoted them; null for the processing.</param>
    public async Task RecordAsync(IReadOnlyCollection<Booking> promoted, string? promotedBy, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(promoted);
        if (promoted.Count == 0)
        {
            return;
        }

        foreach (var booking in promoted)
        {
            db.BookingPromotions.Add(new BookingPromotion { BookingId = booking.Id, UserId = booking.UserId, PromotedAt = now, PromotedBy = promotedBy });
        }

        await emails.EnqueueAsync(promoted, Subject, Message, cancellationToken);
    }
}
