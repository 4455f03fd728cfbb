using DossierFamille.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace DossierFamille.Web.Features.Billing;

/// <summary>The tariffs of some activities, read once, to price many days (a calendar, a cart, a month of invoices).</summary>
public sealed class TariffBook(IEnumerable<Tariff> tariffs)
{
    private readonly ILookup<int, Tariff> _byActivity = tariffs.ToLookup(t => t.ActivityId);

    public bool IsEmpty => _byActivity.Count == 0;

    /// <summary>The tariff of the activity that applies on the day; null when the commune has set none (the day is not priced).</summary>
    public Tariff? For(int activityId, DateOnly day) => _byActivity[activityId].FirstOrDefault(t => t.AppliesOn(day));

    /// <summary>The day's price for the family, rounded to the cent; null when no tariff applies.</summary>
    public decimal? PriceOf(int activityId, DateOnly day, FamilyPricing family) =>
        For(activityId, day) is { } tariff ? Money.Line(tariff.UnitPriceFor(family)) : null;

    public static async Task<TariffBook> ReadAsync(AppDbContext db, IReadOnlyCollection<int> activityIds, DateOnly from, DateOnly to, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        return new(await db.Tariffs.AsNoTracking().Include(t => t.Brackets)
            .Where(t => activityIds.Contains(t.ActivityId) && t.ValidFrom <= to && (t.ValidTo == null || t.ValidTo >= from))
            .ToListAsync(cancellationToken));
    }
}
