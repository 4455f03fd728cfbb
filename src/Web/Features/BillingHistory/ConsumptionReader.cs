using DossierFamille.Web.Data;
using DossierFamille.Web.Features.Billing;
using DossierFamille.Web.Features.Families;
using DossierFamille.Web.Features.Invoicing;
using DossierFamille.Web.Features.Reservations;
using DossierFamille.Web.Features.Reservations.Gestion;
using Microsoft.EntityFrameworkCore;

namespace DossierFamille.Web.Features.BillingHistory;

/// <summary>
/// An account's consumption of a month: its accepted bookings (the other separated parent's are not its own; a couple
/// shares them, as the Facturation page does) with the pointage and the price recorded at validation, the penalties of
/// unjustified absences, and the days present without booking billed to it. Amounts follow the monthly invoice's rules
/// (<see cref="InvoiceLines"/>): a justified absence is not billed.
/// </summary>
internal sealed class ConsumptionReader(AppDbContext db, FamilyPricingReader pricingReader)
{
    public async Task<List<ConsumptionRow>> ReadAsync(AccountScope scope, DateOnly month, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scope);
        var (first, last) = (month, month.AddMonths(1).AddDays(-1));
        var bookings = await scope.Owned(db.Bookings.AsNoTracking(), b => b.FamilyId, b => b.UserId)
            .Where(b => b.State == BookingState.Acceptee && b.Day >= first && b.Day <= last)
            .Select(b => new { b.FamilyId, b.UserId, b.ChildId, b.ActivityId, b.Day, b.Price }).ToListAsync(cancellationToken);
        var marks = await scope.InFamily(db.Attendances.AsNoTracking(), a => a.FamilyId).Where(a => a.Day >= first && a.Day <= last)
            .Select(a => new { a.ChildId, a.ActivityId, a.Day, a.Status }).ToListAsync(cancellationToken);
        var attendance = marks.ToDictionary(a => (a.ChildId, a.ActivityId, a.Day), a => a.Status);
        var present = await BilledToAsync(scope, [.. marks.Where(m => m.Status == AttendanceStatus.PresentSansReservation).Select(m => new MarkedDay(m.ChildId, m.ActivityId, m.Day, m.Status))], last, cancellationToken);
        var activityIds = bookings.Select(b => b.ActivityId).Concat(present.Select(p => p.ActivityId)).Distinct().ToList();
        var activities = await db.Activities.AsNoTracking().Where(a => activityIds.Contains(a.Id)).ToDictionaryAsync(a => a.Id, a => a.Name, cancellationToken);
        var children = await scope.InFamily(db.Children.AsNoTracking(), c => c.FamilyId)
            .ToDictionaryAsync(c => c.Id, c => BookingMailText.ChildName(c.FirstName, c.LastName), cancellationToken);
        var tariffs = await TariffBook.ReadAsync(db, activityIds, first, last, cancellationToken);
        var pricing = await pricingReader.ReadAsync([scope.FamilyId], cancellationToken);

        var rows = new List<ConsumptionRow>();
        foreach (var booking in bookings)
        {
            var status = attendance.TryGetValue((booking.ChildId, booking.ActivityId, booking.Day), out var marked) ? marked : (AttendanceStatus?)null;
            var lines = InvoiceLines.Build([new BilledDay(booking.ChildId, booking.ActivityId, booking.Day, booking.Price)], attendance, [], tariffs,
                pricing.For(booking.FamilyId, booking.UserId), id => children[id], id => activities[id]);
            var (child, activity) = (children[booking.ChildId], activities[booking.ActivityId]);
            rows.Add(status == AttendanceStatus.AbsenceJustifiee
                ? new ConsumptionRow(booking.Day, child, activity, "Absence justifiée : non facturée", null)
                : new ConsumptionRow(booking.Day, child, activity, Detail(status), lines.FirstOrDefault(l => l.Kind == InvoiceLineKind.Reservation)?.Amount));
            rows.AddRange(lines.Where(l => l.Kind == InvoiceLineKind.AbsenceInjustifiee)
                .Select(l => new ConsumptionRow(booking.Day, child, activity, "Pénalité : absence injustifiée", l.Amount)));
        }

        foreach (var day in present)
        {
            var lines = InvoiceLines.Build([], attendance, [day], tariffs, pricing.For(scope.FamilyId, scope.UserId), id => children[id], id => activities[id]);
            rows.Add(new ConsumptionRow(day.Day, children[day.ChildId], activities[day.ActivityId], "Présent sans réservation", lines.FirstOrDefault()?.Amount));
        }

        return [.. rows.OrderBy(r => r.Day).ThenBy(r => r.Child, StringComparer.Ordinal).ThenBy(r => r.Activity, StringComparer.Ordinal)];
    }

    private static string Detail(AttendanceStatus? status) => status switch
    {
        AttendanceStatus.Present => "Réservé, présent",
        AttendanceStatus.Absent => "Réservé, absent",
        _ => "Réservé",
    };

    /// <summary>The days present without booking this account pays (separated parents: the one who books that child and activity, as the invoice does).</summary>
    private async Task<List<MarkedDay>> BilledToAsync(AccountScope scope, List<MarkedDay> days, DateOnly last, CancellationToken cancellationToken)
    {
        if (days.Count == 0 || !scope.IsSeparated)
        {
            return days;
        }

        var childIds = days.Select(d => d.ChildId).Distinct().ToList();
        var booked = await db.Bookings.AsNoTracking().Where(b => childIds.Contains(b.ChildId) && b.Day <= last)
            .Select(b => new PresencePayer.Booked(b.ChildId, b.ActivityId, b.UserId, b.UpdatedAt)).ToListAsync(cancellationToken);
        var accounts = await db.Responsables.AsNoTracking().Where(r => r.FamilyId == scope.FamilyId && r.UserId != null).OrderBy(r => r.Id)
            .Select(r => r.UserId!).ToListAsync(cancellationToken);
        return [.. days.Where(d => PresencePayer.Pick(d.ChildId, d.ActivityId, booked, accounts) == scope.UserId)];
    }
}
