using DossierFamille.Web.Data;
using DossierFamille.Web.Features.Email;
using DossierFamille.Web.Features.Reservations.Emails;
using Microsoft.EntityFrameworkCore;

namespace DossierFamille.Web.Features.Reservations;

/// <summary>
/// Writes to each account whose bookings changed (promoted, refused, day closed) one email in the
/// manuals' layout, its days by activity and child, in the caller's unit of work: it leaves only if
/// the change commits. Accounts without an email address get none.
/// </summary>
internal sealed class BookingAccountEmails(AppDbContext db, EmailOutbox outbox)
{
    public async Task EnqueueAsync(IReadOnlyCollection<Booking> bookings, string subject, string message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(bookings);
        var users = bookings.Select(b => b.UserId).Distinct().ToList();
        var childIds = bookings.Select(b => b.ChildId).Distinct().ToList();
        var activityIds = bookings.Select(b => b.ActivityId).Distinct().ToList();
        var responsables = await db.Responsables.AsNoTracking().Where(r => r.UserId != null && users.Contains(r.UserId)).ToListAsync(cancellationToken);
        var children = await db.Children.AsNoTracking().Where(c => childIds.Contains(c.Id)).ToDictionaryAsync(c => c.Id, c => BookingMailText.ChildName(c.FirstName, c.LastName), cancellationToken);
        var activities = await db.Activities.AsNoTracking().Where(a => activityIds.Contains(a.Id)).ToDictionaryAsync(a => a.Id, a => a.Name, cancellationToken);
        foreach (var account in bookings.GroupBy(b => b.UserId))
        {
            if (responsables.FirstOrDefault(r => r.UserId == account.Key) is not { Email: { Length: > 0 } email } responsable)
            {
                continue;
            }

            var lines = account.Select(b => new BookingMovementLine(activities[b.ActivityId], children[b.ChildId], b.Day));
            await outbox.EnqueueAsync(email, new BookingTextEmail(subject, Text(BookingMailText.Greeting(responsable), message, lines)));
        }
    }

    /// <summary>The greeting, the message, then the days by activity and child, and the closing line.</summary>
    public static string Text(string greeting, string message, IEnumerable<BookingMovementLine> lines) =>
        string.Join('\n', new[] { greeting, string.Empty, message, string.Empty }.Concat(BookingMailText.ActivityLines(lines)).Append(BookingMailText.Closing));
}
