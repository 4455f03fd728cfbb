using DossierFamille.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace DossierFamille.Web.Features.Reservations;

/// <summary>What the processing checks again about the children of the requests: their enrolments and complete dossiers per school year.</summary>
internal sealed class ChildEligibility
{
    private readonly Dictionary<int, string> names;
    private readonly HashSet<(int ChildId, int StructureId, string SchoolYear)> enrolments;
    private readonly HashSet<(int ChildId, string SchoolYear)> complete;

    private ChildEligibility(Dictionary<int, string> names, HashSet<(int, int, string)> enrolments, HashSet<(int, string)> complete)
    {
        this.names = names;
        this.enrolments = enrolments;
        this.complete = complete;
    }

    public static async Task<ChildEligibility> LoadAsync(AppDbContext db, IEnumerable<int> childIds, CancellationToken cancellationToken)
    {
        var ids = childIds.Distinct().ToList();
        var names = await db.Children.AsNoTracking().Where(c => ids.Contains(c.Id)).ToDictionaryAsync(c => c.Id, c => c.FirstName, cancellationToken);
        var enrolments = await db.Enrolments.AsNoTracking().Where(e => ids.Contains(e.ChildId))
            .Select(e => new { e.ChildId, e.StructureId, e.Campaign!.SchoolYear }).ToListAsync(cancellationToken);
        var complete = await db.DossiersComplets.AsNoTracking().Where(d => ids.Contains(d.ChildId))
            .Join(db.Campaigns, d => d.CampaignId, c => c.Id, (d, c) => new { d.ChildId, c.SchoolYear }).ToListAsync(cancellationToken);
        return new ChildEligibility(
            names,
            enrolments.Select(e => (e.ChildId, e.StructureId, e.SchoolYear)).ToHashSet(),
            complete.Select(c => (c.ChildId, c.SchoolYear)).ToHashSet());
    }

    public string? NotEligible(BookableActivity activity, Booking booking)
    {
        var year = BookingRules.SchoolYearOf(booking.Day);
        return BookingRules.NotEligible(activity, enrolments.Contains((booking.ChildId, activity.StructureId, year)), complete.Contains((booking.ChildId, year)), names.GetValueOrDefault(booking.ChildId, string.Empty), year);
    }
}
