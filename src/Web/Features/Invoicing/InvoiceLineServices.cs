using DossierFamille.Web.Data;
using DossierFamille.Web.Features.Reservations;
using Microsoft.EntityFrameworkCore;

namespace DossierFamille.Web.Features.Invoicing;

/// <summary>
/// The one mapping of invoice lines to services (structures), used wherever an invoice is shared between its services
/// (the État facturation, the trop payé given back or deducted): a line's service is its activity's structure; a line
/// issued before lines recorded their activity is matched to the booking or pointage of its child (by name), activity (by
/// name) and day in the invoice's family; <see cref="Unknown"/> when none is found.
/// </summary>
internal sealed class InvoiceLineServices(AppDbContext db)
{
    /// <summary>The service of a line whose activity, booking or pointage is no longer found.</summary>
    public const int Unknown = 0;

    /// <summary>The service of each of <paramref name="lines"/>, each given with its invoice's family.</summary>
    public async Task<IReadOnlyDictionary<InvoiceLine, int>> ReadAsync(IReadOnlyCollection<(int FamilyId, InvoiceLine Line)> lines, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(lines);
        var ids = lines.Select(l => l.Line.ActivityId).OfType<int>().Distinct().ToList();
        var activities = ids.Count == 0 ? [] : await db.Activities.AsNoTracking().Where(a => ids.Contains(a.Id)).ToDictionaryAsync(a => a.Id, a => a.StructureId, cancellationToken);
        var matched = await MatchedAsync([.. lines.Where(l => l.Line.ActivityId is null)], cancellationToken);
        return lines.DistinctBy(l => l.Line).ToDictionary(l => l.Line, l => l.Line.ActivityId is { } activity
            ? activities.GetValueOrDefault(activity, Unknown)
            : matched.GetValueOrDefault((l.FamilyId, l.Line.ChildName, l.Line.Activity, l.Line.Day ?? default), Unknown));
    }

    /// <summary>For lines issued without their activity: the structure of each (family, child, activity name, day) they bill, its booking's or its pointage's.</summary>
    private async Task<Dictionary<(int Family, string Child, string Activity, DateOnly Day), int>> MatchedAsync(List<(int FamilyId, InvoiceLine Line)> lines, CancellationToken cancellationToken)
    {
        var days = lines.Select(l => l.Line.Day).OfType<DateOnly>().Distinct().ToList();
        if (days.Count == 0)
        {
            return [];
        }

        var families = lines.Select(l => l.FamilyId).Distinct().ToList();
        var booked = await (from b in db.Bookings.AsNoTracking().Where(b => families.Contains(b.FamilyId) && days.Contains(b.Day))
                            join a in db.Activities on b.ActivityId equals a.Id
                            join c in db.Children on b.ChildId equals c.Id
                            select new { b.FamilyId, c.FirstName, c.LastName, Activity = a.Name, b.Day, a.StructureId }).ToListAsync(cancellationToken);
        var marked = await (from m in db.Attendances.AsNoTracking().Where(m => families.Contains(m.FamilyId) && days.Contains(m.Day))
                            join a in db.Activities on m.ActivityId equals a.Id
                            join c in db.Children on m.ChildId equals c.Id
                            select new { m.FamilyId, c.FirstName, c.LastName, Activity = a.Name, m.Day, a.StructureId }).ToListAsync(cancellationToken);
        return booked.Concat(marked).GroupBy(x => (x.FamilyId, BookingMailText.ChildName(x.FirstName, x.LastName), x.Activity, x.Day))
            .ToDictionary(g => g.Key, g => g.First().StructureId);
    }
}
