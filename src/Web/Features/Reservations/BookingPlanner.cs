using DossierFamille.Web.Data;
using DossierFamille.Web.Features.Billing;
using DossierFamille.Web.Features.Campaigns;
using DossierFamille.Web.Features.Families;
using DossierFamille.Web.Features.Invoicing.Debtors;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace DossierFamille.Web.Features.Reservations;

/// <summary>Loads a child's calendar for one account: only a child of the caller's family, else null.</summary>
internal sealed class BookingPlanner(AppDbContext db, TimeProvider time, IOptions<CampaignOptions> options, DayPricing pricing, DebtorAccounts debtors)
{
    public TimeZoneInfo Zone => options.Value.Zone;

    public async Task<BookingClock> ClockAsync(CancellationToken cancellationToken) =>
        new(time.GetUtcNow(), Zone,
            await db.HolidayPeriods.AsNoTracking().OrderBy(h => h.FirstDay).ToListAsync(cancellationToken),
            await db.ClosedDays.AsNoTracking().ToListAsync(cancellationToken));

    public Task<List<Child>> ChildrenAsync(int familyId, CancellationToken cancellationToken) =>
        db.Children.AsNoTracking().Where(c => c.FamilyId == familyId).OrderBy(c => c.BirthDate).ToListAsync(cancellationToken);

    /// <summary>The activities of the structures the child is enrolled in, in the order of their hours.</summary>
    public async Task<List<BookableActivity>> ActivitiesAsync(int childId, CancellationToken cancellationToken)
    {
        var structures = db.Enrolments.Where(e => e.ChildId == childId).Select(e => e.StructureId);
        return await db.Activities.AsNoTracking().Where(a => a.IsActive && structures.Contains(a.StructureId))
            .OrderBy(a => a.StartsAt).ThenBy(a => a.Name).ToListAsync(cancellationToken);
    }

    /// <summary>The activities of each of these children (as <see cref="ActivitiesAsync"/> gives them), in one query.</summary>
    public async Task<ILookup<int, BookableActivity>> ActivitiesOfChildrenAsync(IReadOnlyCollection<int> childIds, CancellationToken cancellationToken)
    {
        var rows = await db.Enrolments.Where(e => childIds.Contains(e.ChildId))
            .Join(db.Activities.Where(a => a.IsActive), e => e.StructureId, a => a.StructureId, (e, a) => new { e.ChildId, Activity = a })
            .AsNoTracking().OrderBy(r => r.Activity.StartsAt).ThenBy(r => r.Activity.Name).ToListAsync(cancellationToken);
        // A child enrolled in one structure for two school years finds its activities twice.
        return rows.DistinctBy(r => (r.ChildId, r.Activity.Id)).ToLookup(r => r.ChildId, r => r.Activity);
    }

    /// <summary>
    /// The child's plan over [from, to], with the account's day prices and cart (or an empty one while validating,
    /// where the bookings are tracked for update).
    /// </summary>
    public Task<ChildPlan?> PlanAsync(int familyId, string userId, int childId, DateOnly from, DateOnly to, bool forValidation, CancellationToken cancellationToken) =>
        PlanAsync(familyId, userId, childId, from, to, forValidation, null, cancellationToken);

    /// <summary>The same on a clock the caller read already in this request (<see cref="ClockAsync"/>), or a new one.</summary>
    public async Task<ChildPlan?> PlanAsync(int familyId, string userId, int childId, DateOnly from, DateOnly to, bool forValidation, BookingClock? clock, CancellationToken cancellationToken)
    {
        var child = await db.Children.AsNoTracking().SingleOrDefaultAsync(c => c.Id == childId && c.FamilyId == familyId, cancellationToken);
        return child is null ? null : await PlanAsync(child, userId, from, to, forValidation, clock ?? await ClockAsync(cancellationToken), null, cancellationToken);
    }

    /// <summary>
    /// The same for a child the caller read already as one of the account's family (<see cref="ChildrenAsync"/>), and the
    /// child's <paramref name="activities"/> when the caller read them too (<see cref="ActivitiesOfChildrenAsync"/>), else null.
    /// </summary>
    public async Task<ChildPlan> PlanAsync(Child child, string userId, DateOnly from, DateOnly to, bool forValidation, BookingClock clock, IReadOnlyList<BookableActivity>? activities, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(child);
        var childId = child.Id;
        var familyId = child.FamilyId;
        var enrolments = await db.Enrolments.Where(e => e.ChildId == childId).Select(e => new { e.StructureId, e.Campaign!.SchoolYear }).ToListAsync(cancellationToken);
        var complete = await db.DossiersComplets.Where(d => d.ChildId == childId)
            .Join(db.Campaigns, d => d.CampaignId, c => c.Id, (d, c) => c.SchoolYear).ToListAsync(cancellationToken);
        var bookings = db.Bookings.Where(b => b.ChildId == childId && b.Day >= from && b.Day <= to);
        var cart = forValidation ? [] : await db.CartLines.AsNoTracking()
            .Where(l => l.UserId == userId && l.ChildId == childId && l.Day >= from && l.Day <= to).ToListAsync(cancellationToken);
        activities ??= await ActivitiesAsync(childId, cancellationToken);
        var data = new ChildBookingData(
            child,
            activities,
            enrolments.Select(e => (e.StructureId, e.SchoolYear)).ToHashSet(),
            complete.ToHashSet(),
            forValidation ? await bookings.ToListAsync(cancellationToken) : await bookings.AsNoTracking().ToListAsync(cancellationToken),
            cart);
        var prices = await pricing.ForAccountAsync(familyId, userId, [.. activities.Select(a => a.Id)], from, to, cancellationToken);
        // A debtor account books nothing new (cancellations stay possible): read at each plan, so paying lifts it at once.
        var debt = await debtors.OfAccountAsync(familyId, userId, cancellationToken);
        return new ChildPlan(clock, data, userId, prices, debt);
    }
}
