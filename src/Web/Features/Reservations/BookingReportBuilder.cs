using DossierFamille.Web.Data;
using DossierFamille.Web.Features.Email;
using DossierFamille.Web.Features.Reservations.Emails;
using Microsoft.EntityFrameworkCore;

namespace DossierFamille.Web.Features.Reservations;

/// <summary>Builds and records one account's report for a night, in the caller's unit of work.</summary>
internal sealed class BookingReportBuilder(AppDbContext db, EmailOutbox outbox, TimeProvider time)
{
    public async Task<bool> RecordAsync(string userId, DateOnly night, CancellationToken cancellationToken)
    {
        var requests = await db.BookingRequests.Include(r => r.Booking).Where(r => r.UserId == userId && r.ProcessedAt != null && r.ReportedAt == null).ToListAsync(cancellationToken);
        var promotions = await db.BookingPromotions.Where(p => p.UserId == userId && p.ReportedAt == null).ToListAsync(cancellationToken);
        if (requests.Count + promotions.Count == 0)
        {
            return false;
        }

        var promotedIds = promotions.Select(p => p.BookingId).ToList();
        var promoted = await db.Bookings.AsNoTracking().Where(b => promotedIds.Contains(b.Id)).ToDictionaryAsync(b => b.Id, cancellationToken);
        // Each booking appears once, in the state its last movement left it.
        var last = requests.Select(r => (r.Booking!, At: r.ProcessedAt!.Value, Order: 0, r.Id, Section: Section(r.Outcome!.Value), r.Reason))
            .Concat(promotions.Select(p => (promoted[p.BookingId], At: p.PromotedAt, Order: 1, p.Id, Section: BookingReportSection.Acceptees, Reason: (string?)null)))
            .GroupBy(m => m.Item1.Id)
            .Select(g => g.OrderBy(m => m.At).ThenBy(m => m.Order).ThenBy(m => m.Id).Last())
            .ToList();
        var childIds = last.Select(m => m.Item1.ChildId).Distinct().ToList();
        var activityIds = last.Select(m => m.Item1.ActivityId).Distinct().ToList();
        var children = await db.Children.AsNoTracking().Where(c => childIds.Contains(c.Id)).ToDictionaryAsync(c => c.Id, c => BookingMailText.ChildName(c.FirstName, c.LastName), cancellationToken);
        var activities = await db.Activities.AsNoTracking().Where(a => activityIds.Contains(a.Id)).ToDictionaryAsync(a => a.Id, a => a.Name, cancellationToken);
        var sections = last.GroupBy(m => m.Section).ToDictionary(
            g => g.Key,
            g => (IReadOnlyList<BookingMovementLine>)[.. g.Select(m => new BookingMovementLine(activities[m.Item1.ActivityId], children[m.Item1.ChildId], m.Item1.Day, m.Reason))]);

        var responsable = await db.Responsables.AsNoTracking().FirstOrDefaultAsync(r => r.UserId == userId, cancellationToken);
        var email = responsable?.Email is { Length: > 0 } address ? address : null;
        var now = time.GetUtcNow();
        requests.ForEach(r => r.ReportedAt = now);
        promotions.ForEach(p => p.ReportedAt = now);
        db.BookingReports.Add(new BookingReport { UserId = userId, Night = night, SentTo = email, Movements = requests.Count + promotions.Count, CreatedAt = now });
        if (email is not null)
        {
            var structure = await db.Commune.AsNoTracking().Select(c => c.Name).FirstAsync(cancellationToken);
            var text = BookingReportText.Compose(
                BookingMailText.Greeting(responsable!), structure,
                requests.Count(r => r.Kind == BookingRequestKind.Reservation), requests.Count(r => r.Kind == BookingRequestKind.Annulation), sections);
            await outbox.EnqueueAsync(email, new BookingTextEmail(BookingReports.Subject(night), text));
        }

        await db.SaveChangesAsync(cancellationToken);
        return true;
    }

    private static BookingReportSection Section(BookingOutcome outcome) => outcome switch
    {
        BookingOutcome.Acceptee => BookingReportSection.Acceptees,
        BookingOutcome.ListeAttente => BookingReportSection.ListeAttente,
        BookingOutcome.Refusee => BookingReportSection.Refusees,
        _ => BookingReportSection.Annulees,
    };
}
