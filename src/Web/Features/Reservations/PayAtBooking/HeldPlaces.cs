using DossierFamille.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace DossierFamille.Web.Features.Reservations.PayAtBooking;

/// <summary>
/// The places left on days paid at booking, read under their locks: a day paid at booking is never put on a waiting list
/// (nobody pays for a place they may not get), so every booking that has or may get the place counts — accepted, not
/// processed yet, cancellation not processed, held for a payment.
/// </summary>
internal sealed class HeldPlaces
{
    private static readonly BookingState[] Taking = [BookingState.NonTransmise, BookingState.Acceptee, BookingState.AnnulationNonTransmise, BookingState.EnAttentePaiement];

    public const string Full = "Plus de place ce jour : l'activité est complète (elle se paie à la réservation, sans liste d'attente).";

    private readonly Dictionary<ActivityDayKey, int> left;

    private HeldPlaces(Dictionary<ActivityDayKey, int> left) => this.left = left;

    public static async Task<HeldPlaces> LoadAsync(AppDbContext db, IReadOnlyCollection<ActivityDayKey> days, CancellationToken cancellationToken)
    {
        if (days.Count == 0)
        {
            return new HeldPlaces([]);
        }

        var activityIds = days.Select(d => d.ActivityId).Distinct().ToList();
        var from = days.Min(d => d.Day);
        var to = days.Max(d => d.Day);
        var capacities = await db.Activities.AsNoTracking().Where(a => activityIds.Contains(a.Id)).ToDictionaryAsync(a => a.Id, a => a.CapacityPerDay, cancellationToken);
        var own = await db.ActivityDays.AsNoTracking().Where(d => activityIds.Contains(d.ActivityId) && d.Day >= from && d.Day <= to && d.Capacity != null)
            .ToDictionaryAsync(d => new ActivityDayKey(d.ActivityId, d.Day), d => d.Capacity!.Value, cancellationToken);
        var taken = (await db.Bookings.AsNoTracking().Where(b => activityIds.Contains(b.ActivityId) && b.Day >= from && b.Day <= to && Taking.Contains(b.State))
                .GroupBy(b => new { b.ActivityId, b.Day }).Select(g => new { g.Key.ActivityId, g.Key.Day, Count = g.Count() }).ToListAsync(cancellationToken))
            .ToDictionary(g => new ActivityDayKey(g.ActivityId, g.Day), g => g.Count);
        return new HeldPlaces(days.Distinct().ToDictionary(
            d => d,
            d => (own.TryGetValue(d, out var capacity) ? capacity : capacities[d.ActivityId]) - taken.GetValueOrDefault(d)));
    }

    /// <summary>Takes a place on the day; false when none is left.</summary>
    public bool TryTake(ActivityDayKey day)
    {
        if (left.GetValueOrDefault(day) <= 0)
        {
            return false;
        }

        left[day]--;
        return true;
    }
}
