using DossierFamille.Web.Data;

namespace DossierFamille.Web.Features.Billing;

/// <summary>Reads what the day prices of one account depend on: the activities' tariffs over the days, and the account's QF and address.</summary>
internal sealed class DayPricing(AppDbContext db, FamilyPricingReader families)
{
    public async Task<DayPrices> ForAccountAsync(int familyId, string userId, IReadOnlyCollection<int> activityIds, DateOnly from, DateOnly to, CancellationToken cancellationToken)
    {
        var book = await TariffBook.ReadAsync(db, activityIds, from, to, cancellationToken);
        return book.IsEmpty ? DayPrices.None : new DayPrices(book, (await families.ReadAsync([familyId], cancellationToken)).For(familyId, userId));
    }
}
