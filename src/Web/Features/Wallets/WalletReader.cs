using DossierFamille.Web.Data;
using DossierFamille.Web.Features.Billing;
using DossierFamille.Web.Features.Commune;
using DossierFamille.Web.Features.Reservations;
using Microsoft.EntityFrameworkCore;

namespace DossierFamille.Web.Features.Wallets;

/// <summary>
/// An account's porte-monnaie, one per service: the structures with an activity paid by porte-monnaie where one of the
/// family's children is enrolled, and any structure the account's wallet has movements in. A wallet is one account's
/// own (separated parents and couples alike: the account that pays is the one that books).
/// </summary>
internal sealed class WalletReader(AppDbContext db, CommuneTime dates, TimeProvider time)
{
    private static readonly BookingState[] Estimated = [BookingState.NonTransmise, BookingState.ListeAttente];
    private static readonly BookingState[] Booked = [BookingState.Acceptee, BookingState.AnnulationNonTransmise];

    /// <summary>The account's wallets, by service name.</summary>
    public async Task<List<WalletSummary>> ListAsync(int familyId, string userId, CancellationToken cancellationToken)
    {
        var enrolled = db.Children.Where(c => c.FamilyId == familyId).SelectMany(c => c.Enrolments).Select(e => e.StructureId);
        var offered = await db.Activities.AsNoTracking()
            .Where(a => a.IsActive && enrolled.Contains(a.StructureId) && db.ActivityBillings.Any(b => b.ActivityId == a.Id && b.PaymentMode == PaymentMode.Wallet))
            .Select(a => a.StructureId).Distinct().ToListAsync(cancellationToken);
        var used = await Movements(familyId, userId).Select(m => m.StructureId).Distinct().ToListAsync(cancellationToken);
        return await SummariesAsync(familyId, userId, [.. offered.Union(used)], withMovements: true, cancellationToken);
    }

    /// <summary>The account's wallets of <paramref name="structureIds"/>, without their movements (a validation's check).</summary>
    public Task<List<WalletSummary>> BalancesAsync(int familyId, string userId, IReadOnlyCollection<int> structureIds, CancellationToken cancellationToken) =>
        SummariesAsync(familyId, userId, structureIds, withMovements: false, cancellationToken);

    private async Task<List<WalletSummary>> SummariesAsync(int familyId, string userId, IReadOnlyCollection<int> structureIds, bool withMovements, CancellationToken cancellationToken)
    {
        if (structureIds.Count == 0)
        {
            return [];
        }

        var ids = structureIds.ToList();
        var today = dates.Day(time.GetUtcNow());
        var names = await db.Structures.AsNoTracking().Where(s => ids.Contains(s.Id)).ToDictionaryAsync(s => s.Id, s => s.Name, cancellationToken);
        // Summed here rather than in SQL: SQLite has no decimal arithmetic.
        var movements = await Movements(familyId, userId).Where(m => ids.Contains(m.StructureId)).OrderByDescending(m => m.Id).ToListAsync(cancellationToken);
        var bookings = await db.Bookings.AsNoTracking()
            .Where(b => b.FamilyId == familyId && b.UserId == userId && b.Day >= today && (Estimated.Contains(b.State) || Booked.Contains(b.State)))
            .Join(db.Activities.Where(a => ids.Contains(a.StructureId) && db.ActivityBillings.Any(x => x.ActivityId == a.Id && x.PaymentMode == PaymentMode.Wallet)),
                b => b.ActivityId, a => a.Id, (b, a) => new { a.StructureId, b.State, b.Price })
            .ToListAsync(cancellationToken);
        return [.. ids.Select(id =>
            {
                var own = movements.Where(m => m.StructureId == id).ToList();
                var days = bookings.Where(b => b.StructureId == id).ToList();
                return new WalletSummary(id, names.GetValueOrDefault(id, "Service"), own.Sum(m => m.Amount),
                    days.Where(b => Estimated.Contains(b.State)).Sum(b => Money.Line(b.Price ?? 0)),
                    days.Where(b => Booked.Contains(b.State)).Sum(b => Money.Line(b.Price ?? 0)),
                    withMovements ? own : []);
            }).OrderBy(w => w.Service, StringComparer.CurrentCulture)];
    }

    private IQueryable<WalletMovement> Movements(int familyId, string userId) =>
        db.WalletMovements.AsNoTracking().Where(m => m.FamilyId == familyId && m.UserId == userId);
}
