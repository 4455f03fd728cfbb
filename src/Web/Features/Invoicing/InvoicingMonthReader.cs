using DossierFamille.Web.Data;
using DossierFamille.Web.Features.Billing;
using DossierFamille.Web.Features.Reservations;
using DossierFamille.Web.Features.Reservations.Gestion;
using Microsoft.EntityFrameworkCore;

namespace DossierFamille.Web.Features.Invoicing;

/// <summary>Reads a month's <see cref="InvoicingMonth"/>: accounts with accepted bookings of monthly-invoiced activities, and the payers of days present without booking.</summary>
internal sealed class InvoicingMonthReader(AppDbContext db)
{
    public async Task<InvoicingMonth> ReadAsync(DateOnly month, CancellationToken cancellationToken)
    {
        var first = month;
        var last = month.AddMonths(1).AddDays(-1);
        var activities = await db.Activities.AsNoTracking()
            .Where(a => !db.ActivityBillings.Any(b => b.ActivityId == a.Id && b.PaymentMode != PaymentMode.MonthlyInvoice))
            .ToDictionaryAsync(a => a.Id, a => a.Name, cancellationToken);
        var ids = activities.Keys.ToList();
        var tariffs = await TariffBook.ReadAsync(db, ids, first, last, cancellationToken);
        var booked = await db.Bookings.AsNoTracking()
            .Where(b => b.State == BookingState.Acceptee && b.Day >= first && b.Day <= last && ids.Contains(b.ActivityId))
            .Select(b => new { b.FamilyId, b.UserId }).Distinct().ToListAsync(cancellationToken);
        var present = await db.Attendances.AsNoTracking()
            .Where(a => a.Status == AttendanceStatus.PresentSansReservation && a.Day >= first && a.Day <= last && ids.Contains(a.ActivityId))
            .Select(a => new { a.FamilyId, a.ChildId, a.ActivityId, a.Day }).ToListAsync(cancellationToken);
        var payers = await PayersAsync(present.Select(p => (p.FamilyId, p.ChildId)).Distinct().ToList(), last, cancellationToken);
        var presentByPayer = present
            .Select(p => (Payer: PresencePayer.Pick(p.ChildId, p.ActivityId, payers.Bookings, payers.Accounts[p.FamilyId].ToList()), p.FamilyId, Day: new MarkedDay(p.ChildId, p.ActivityId, p.Day, AttendanceStatus.PresentSansReservation)))
            .Where(p => p.Payer is not null)
            .ToList();
        var accounts = booked.Select(b => new BillableAccount(b.FamilyId, b.UserId))
            .Concat(presentByPayer.Select(p => new BillableAccount(p.FamilyId, p.Payer!)))
            .Distinct().OrderBy(a => a.UserId, StringComparer.Ordinal).ToList();
        return new InvoicingMonth(month, activities, tariffs, accounts, presentByPayer.ToLookup(p => p.Payer!, p => p.Day, StringComparer.Ordinal));
    }

    private async Task<(List<PresencePayer.Booked> Bookings, ILookup<int, string> Accounts)> PayersAsync(List<(int FamilyId, int ChildId)> children, DateOnly last, CancellationToken cancellationToken)
    {
        if (children.Count == 0)
        {
            return ([], Array.Empty<string>().ToLookup(_ => 0));
        }

        var childIds = children.Select(c => c.ChildId).Distinct().ToList();
        var familyIds = children.Select(c => c.FamilyId).Distinct().ToList();
        var bookings = await db.Bookings.AsNoTracking().Where(b => childIds.Contains(b.ChildId) && b.Day <= last)
            .Select(b => new PresencePayer.Booked(b.ChildId, b.ActivityId, b.UserId, b.UpdatedAt)).ToListAsync(cancellationToken);
        var accounts = await db.Responsables.AsNoTracking().Where(r => familyIds.Contains(r.FamilyId) && r.UserId != null).OrderBy(r => r.Id)
            .Select(r => new { r.FamilyId, UserId = r.UserId! }).ToListAsync(cancellationToken);
        return (bookings, accounts.ToLookup(a => a.FamilyId, a => a.UserId));
    }
}
