using DossierFamille.Web.Data;
using DossierFamille.Web.Features.Billing;
using Microsoft.EntityFrameworkCore;

namespace DossierFamille.Web.Features.Reservations;

/// <summary>
/// The account's server-side cart: ticks, quick toggles and copies become lines to book or to
/// cancel; ticking a day back removes its line. Nothing is requested before the validation.
/// </summary>
internal sealed class BookingCart(AppDbContext db, TimeProvider time, DayPricing pricing)
{
    private const int Attempts = 4;

    /// <summary>
    /// Brings each day to the wanted state through the cart; returns the days that could not change, with why.
    /// Another tab or device of the account may add one of these days at the same moment: the unique
    /// (account, child, activity, day) index refuses the second line, and the changes are then applied
    /// again to the cart as it now is, so that no day is dropped.
    /// </summary>
    public async Task<IReadOnlyList<SkippedDay>> SetAsync(ChildPlan plan, string userId, IEnumerable<CartChange> changes, CancellationToken cancellationToken)
    {
        var wanted = changes.ToList();
        for (var attempt = 1; ; attempt++)
        {
            var skipped = await ApplyAsync(plan, userId, wanted, cancellationToken);
            try
            {
                await db.SaveChangesAsync(cancellationToken);
                return skipped;
            }
            catch (DbUpdateException) when (attempt < Attempts)
            {
                db.ChangeTracker.Clear();
                var cart = await db.CartLines.AsNoTracking().Where(l => l.UserId == userId && l.ChildId == plan.Data.Child.Id).ToListAsync(cancellationToken);
                plan.Data.Cart.Clear();
                plan.Data.Cart.AddRange(cart);
            }
        }
    }

    private async Task<List<SkippedDay>> ApplyAsync(ChildPlan plan, string userId, List<CartChange> changes, CancellationToken cancellationToken)
    {
        var skipped = new List<SkippedDay>();
        foreach (var change in changes)
        {
            var cell = plan.Cell(change.Activity, change.Day);
            if (cell.IsBooked == change.Booked)
            {
                continue;
            }

            if (cell.InCart)
            {
                var line = plan.CartLine(change.Activity.Id, change.Day)!;
                plan.Data.Cart.Remove(line);
                await db.CartLines.Where(l => l.Id == line.Id && l.UserId == userId).ExecuteDeleteAsync(cancellationToken);
            }
            else if (change.Booked ? cell.CanBook : cell.CanCancel)
            {
                var line = new CartLine
                {
                    UserId = userId,
                    FamilyId = plan.Data.Child.FamilyId,
                    ChildId = plan.Data.Child.Id,
                    ActivityId = change.Activity.Id,
                    Day = change.Day,
                    Kind = change.Booked ? BookingRequestKind.Reservation : BookingRequestKind.Annulation,
                    AddedAt = time.GetUtcNow(),
                };
                plan.Data.Cart.Add(line);
                db.CartLines.Add(line);
            }
            else
            {
                skipped.Add(new SkippedDay(change.Day, change.Activity.Name, cell.Reason ?? CellLabels.Label(cell.State)));
            }
        }

        return skipped;
    }

    /// <summary>A week, a weekday of the month or the whole month: the first day that can change decides for all.</summary>
    public Task<IReadOnlyList<SkippedDay>> ToggleAsync(ChildPlan plan, string userId, BookableActivity activity, IEnumerable<DateOnly> days, CancellationToken cancellationToken)
    {
        var cells = days.Select(d => plan.Cell(activity, d)).ToList();
        if (QuickToggle.Target(cells) is not { } booked)
        {
            return Task.FromResult<IReadOnlyList<SkippedDay>>([]);
        }

        // Days that cannot change are skipped silently here: the calendar shows why on each of them.
        return SetAsync(plan, userId, cells.Where(c => c.CanChange).Select(c => new CartChange(activity, c.Day, booked)), cancellationToken);
    }

    /// <summary>
    /// Copies the source child's booked days of an activity over a period onto the plan's child and
    /// activity; returns the days not copied and why.
    /// </summary>
    public async Task<IReadOnlyList<SkippedDay>> CopyAsync(ChildPlan source, BookableActivity sourceActivity, ChildPlan target, BookableActivity targetActivity, DateOnly from, DateOnly to, string userId, CancellationToken cancellationToken)
    {
        var days = Enumerable.Range(0, to.DayNumber - from.DayNumber + 1).Select(from.AddDays)
            .Where(d => source.Cell(sourceActivity, d).IsBooked).ToList();
        var skipped = new List<SkippedDay>();
        var changes = new List<CartChange>();
        foreach (var day in days)
        {
            var cell = target.Cell(targetActivity, day);
            if (cell.IsBooked)
            {
                skipped.Add(new SkippedDay(day, targetActivity.Name, cell.State == CellState.OtherParent ? BookingRules.OtherParentMessage : "Déjà réservé."));
            }
            else
            {
                changes.Add(new CartChange(targetActivity, day, true));
            }
        }

        skipped.AddRange(await SetAsync(target, userId, changes, cancellationToken));
        return [.. skipped.OrderBy(s => s.Day)];
    }

    /// <summary>The account's cart, each reservation with the price the account will pay for it.</summary>
    public async Task<List<CartRow>> RowsAsync(int familyId, string userId, CancellationToken cancellationToken)
    {
        var rows = await db.CartLines.AsNoTracking().Where(l => l.UserId == userId)
            .Join(db.Children, l => l.ChildId, c => c.Id, (l, c) => new { l, c })
            .Join(db.Activities, x => x.l.ActivityId, a => a.Id, (x, a) => new { x.l, x.c, a })
            .Join(db.Structures, x => x.a.StructureId, s => s.Id, (x, s) => new { x.l, x.c, x.a, Service = s.Name })
            .OrderBy(x => x.c.BirthDate).ThenBy(x => x.a.Name).ThenBy(x => x.l.Day)
            .Select(x => new CartRow(x.l.Id, x.c.Id, x.c.FirstName + " " + x.c.LastName, x.a.Id, x.a.Name, x.l.Day, x.l.Kind)
            {
                StructureId = x.a.StructureId,
                Service = x.Service,
                Mode = db.ActivityBillings.Where(b => b.ActivityId == x.a.Id).Select(b => (PaymentMode?)b.PaymentMode).FirstOrDefault() ?? PaymentMode.MonthlyInvoice,
            })
            .ToListAsync(cancellationToken);
        if (rows.Count == 0)
        {
            return rows;
        }

        var prices = await pricing.ForAccountAsync(familyId, userId, [.. rows.Select(r => r.ActivityId).Distinct()], rows.Min(r => r.Day), rows.Max(r => r.Day), cancellationToken);
        return [.. rows.Select(r => r.Kind == BookingRequestKind.Reservation ? r with { Price = prices.Of(r.ActivityId, r.Day) } : r)];
    }

    /// <summary>Every line of the account's cart, untracked.</summary>
    public Task<List<CartLine>> LinesAsync(string userId, CancellationToken cancellationToken) =>
        db.CartLines.AsNoTracking().Where(l => l.UserId == userId).ToListAsync(cancellationToken);

    public Task RemoveAsync(string userId, long lineId, CancellationToken cancellationToken) =>
        db.CartLines.Where(l => l.Id == lineId && l.UserId == userId).ExecuteDeleteAsync(cancellationToken);

    /// <summary>"Vider le panier", "Annuler les opérations", "Abandonner": drops everything not validated.</summary>
    public Task ClearAsync(string userId, CancellationToken cancellationToken) =>
        db.CartLines.Where(l => l.UserId == userId).ExecuteDeleteAsync(cancellationToken);
}
