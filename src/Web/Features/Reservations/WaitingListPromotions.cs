using DossierFamille.Web.Data;
using DossierFamille.Web.Features.Email;
using Microsoft.EntityFrameworkCore;

namespace DossierFamille.Web.Features.Reservations;

/// <summary>
/// Records promotions from the waiting list (movements of the next report) and writes to each
/// account concerned at once, in the caller's unit of work: the email leaves only if the promotion commits.
/// </summary>
internal sealed class WaitingListPromotions(AppDbContext db, EmailOutbox outbox)
{
    public const string Subject = "Réservations acceptées : des places se sont libérées";

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

        var users = promoted.Select(b => b.UserId).Distinct().ToList();
        var childIds = promoted.Select(b => b.ChildId).Distinct().ToList();
        var activityIds = promoted.Select(b => b.ActivityId).Distinct().ToList();
        var responsables = await db.Responsables.AsNoTracking().Where(r => r.UserId != null && users.Contains(r.UserId)).ToListAsync(cancellationToken);
        var children = await db.Children.AsNoTracking().Where(c => childIds.Contains(c.Id)).ToDictionaryAsync(c => c.Id, c => BookingMailText.ChildName(c.FirstName, c.LastName), cancellationToken);
        var activities = await db.Activities.AsNoTracking().Where(a => activityIds.Contains(a.Id)).ToDictionaryAsync(a => a.Id, a => a.Name, cancellationToken);
        foreach (var account in promoted.GroupBy(b => b.UserId))
        {
            if (responsables.FirstOrDefault(r => r.UserId == account.Key) is not { Email: { Length: > 0 } email } responsable)
            {
                continue;
            }

            var lines = account.Select(b => new BookingMovementLine(activities[b.ActivityId], children[b.ChildId], b.Day));
            var text = string.Join('\n', new[]
            {
                BookingMailText.Greeting(responsable),
                string.Empty,
                "Des places se sont libérées : vos réservations en liste d'attente ont été acceptées.",
                string.Empty,
            }.Concat(BookingMailText.ActivityLines(lines)).Append(BookingMailText.Closing));
            outbox.Enqueue(email, BookingMailText.Content(Subject, text));
        }
    }
}
