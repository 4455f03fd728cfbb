using DossierFamille.Web.Data;
using DossierFamille.Web.Features.Billing;
using DossierFamille.Web.Features.Campaigns;
using DossierFamille.Web.Features.Families;
using DossierFamille.Web.Features.Invoicing.Debtors;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace DossierFamille.Web.Features.Reservations;

/// <summary>
/// Loads children's calendars for one account: only children of the caller's family. One read per kind of row for all the
/// children of a request (their activities and eligibility, bookings, cart, the account's day prices and debt), so that a
/// plan of two children costs the queries of one.
/// </summary>
internal sealed class BookingPlanner(AppDbContext db, TimeProvider time, IOptions<CampaignOptions> options, DayPricing pricing, DebtorAccounts debtors)
{
    public TimeZoneInfo Zone => options.Value.Zone;

    public async Task<BookingClock> ClockAsync(CancellationToken cancellationToken) =>
        new(time.GetUtcNow(), Zone,
            await db.HolidayPeriods.AsNoTracking().OrderBy(h => h.FirstDay).ToListAsync(cancellationToken),
            await db.ClosedDays.AsNoTracking().ToListAsync(cancellationToken));

    public Task<List<Child>> ChildrenAsync(int familyId, CancellationToken cancellationToken) =>
        db.Children.AsNoTracking().Where(c => c.FamilyId == familyId).OrderBy(c => c.BirthDate).ToListAsync(cancellationToken);

    /// <summary>The activities of each of these children and what their eligibility reads, in one query.</summary>
    public Task<ChildActivities> ActivitiesOfChildrenAsync(IReadOnlyCollection<int> childIds, CancellationToken cancellationToken) =>
        ChildActivities.ReadAsync(db, childIds, cancellationToken);

    /// <summary>The child's plan over [from, to], with the account's day prices and cart; null when the child is not of the family.</summary>
    public async Task<ChildPlan?> PlanAsync(int familyId, string userId, int childId, DateOnly from, DateOnly to, CancellationToken cancellationToken)
    {
        var child = await db.Children.AsNoTracking().SingleOrDefaultAsync(c => c.Id == childId && c.FamilyId == familyId, cancellationToken);
        return child is null ? null : (await PlansAsync([child], userId, from, to, await ClockAsync(cancellationToken), null, null, tracked: false, cancellationToken))[child.Id];
    }

    /// <summary>
    /// The plan of a child the caller read already as one of the account's family (<see cref="ChildrenAsync"/>), on the
    /// clock, activities (<see cref="ActivitiesOfChildrenAsync"/>) and cart (every line of the account) it read in this request.
    /// </summary>
    public async Task<ChildPlan> PlanAsync(Child child, string userId, DateOnly from, DateOnly to, BookingClock clock, ChildActivities activities, IReadOnlyList<CartLine> cart, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(child);
        return (await PlansAsync([child], userId, from, to, clock, activities, cart, tracked: false, cancellationToken))[child.Id];
    }

    /// <summary>
    /// The final validation's plans of the family's <paramref name="childIds"/> over [from, to] (a child not of the family
    /// has none): bookings tracked for update, an empty cart that the accepted lines join one by one.
    /// </summary>
    public async Task<Dictionary<int, ChildPlan>> ValidationPlansAsync(int familyId, string userId, IReadOnlyCollection<int> childIds, DateOnly from, DateOnly to, BookingClock clock, CancellationToken cancellationToken)
    {
        var ids = childIds.Distinct().ToList();
        var children = await db.Children.AsNoTracking().Where(c => c.FamilyId == familyId && ids.Contains(c.Id)).ToListAsync(cancellationToken);
        return children.Count == 0 ? [] : await PlansAsync(children, userId, from, to, clock, null, [], tracked: true, cancellationToken);
    }

    /// <summary>
    /// The plans of the children, each read once for all of them: activities (unless given), bookings over [from, to], cart
    /// lines (unless given: the account's lines), the account's day prices and debt.
    /// </summary>
    private async Task<Dictionary<int, ChildPlan>> PlansAsync(List<Child> children, string userId, DateOnly from, DateOnly to, BookingClock clock, ChildActivities? activities, IReadOnlyList<CartLine>? cart, bool tracked, CancellationToken cancellationToken)
    {
        var ids = children.Select(c => c.Id).ToList();
        var familyId = children[0].FamilyId;
        activities ??= await ActivitiesOfChildrenAsync(ids, cancellationToken);
        var bookings = db.Bookings.Where(b => ids.Contains(b.ChildId) && b.Day >= from && b.Day <= to);
        var booked = (tracked ? await bookings.ToListAsync(cancellationToken) : await bookings.AsNoTracking().ToListAsync(cancellationToken)).ToLookup(b => b.ChildId);
        cart ??= await db.CartLines.AsNoTracking().Where(l => l.UserId == userId && ids.Contains(l.ChildId) && l.Day >= from && l.Day <= to).ToListAsync(cancellationToken);
        var prices = await pricing.ForAccountAsync(familyId, userId, [.. children.SelectMany(c => activities.Of(c.Id)).Select(a => a.Id).Distinct()], from, to, cancellationToken);
        // A debtor account books nothing new (cancellations stay possible): read at each plan, so paying lifts it at once.
        var debt = await debtors.OfAccountAsync(familyId, userId, cancellationToken);
        return children.ToDictionary(c => c.Id, c =>
        {
            var (enrolments, complete) = activities.EligibilityOf(c.Id);
            var lines = cart.Where(l => l.ChildId == c.Id && l.Day >= from && l.Day <= to).ToList();
            return new ChildPlan(clock, new ChildBookingData(c, activities.Of(c.Id), enrolments, complete, [.. booked[c.Id]], lines), userId, prices, debt);
        });
    }
}
