using DossierFamille.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace DossierFamille.Web.Features.Reservations;

/// <summary>
/// The activities of some children (those of the structures each is enrolled in, in the order of their hours) with what
/// their eligibility reads: the child's enrolments in those structures per school year and whether its dossier is complete
/// for that year. One query for all the children (<see cref="ReadAsync"/>).
/// </summary>
internal sealed class ChildActivities
{
    private readonly ILookup<int, BookableActivity> activities;
    private readonly ILookup<int, Row> enrolments;

    private ChildActivities(List<Row> rows)
    {
        // A child enrolled in one structure for two school years finds its activities twice.
        activities = rows.DistinctBy(r => (r.ChildId, r.Activity.Id)).ToLookup(r => r.ChildId, r => r.Activity);
        enrolments = rows.ToLookup(r => r.ChildId);
    }

    /// <summary>The child's activities.</summary>
    public IReadOnlyList<BookableActivity> Of(int childId) => [.. activities[childId]];

    /// <summary>The activities of all the children, each once.</summary>
    public IReadOnlyList<BookableActivity> All => [.. activities.SelectMany(a => a).DistinctBy(a => a.Id)];

    /// <summary>
    /// The child's enrolments (structure, school year) in the structures of its activities and the school years its dossier
    /// is complete for among them: the only ones <see cref="ChildPlan.CannotBook"/> asks about.
    /// </summary>
    public (IReadOnlySet<(int StructureId, string SchoolYear)> Enrolments, IReadOnlySet<string> CompleteYears) EligibilityOf(int childId)
    {
        var rows = enrolments[childId];
        return (rows.Select(r => (r.Activity.StructureId, r.SchoolYear)).ToHashSet(), rows.Where(r => r.Complete).Select(r => r.SchoolYear).ToHashSet());
    }

    public static async Task<ChildActivities> ReadAsync(AppDbContext db, IReadOnlyCollection<int> childIds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var ids = childIds.Distinct().ToList();
        var rows = await (
                from e in db.Enrolments
                where ids.Contains(e.ChildId)
                join c in db.Campaigns on e.CampaignId equals c.Id
                join a in db.Activities on e.StructureId equals a.StructureId
                where a.IsActive
                orderby a.StartsAt, a.Name
                select new Row(
                    e.ChildId,
                    c.SchoolYear,
                    db.DossiersComplets.Any(d => d.ChildId == e.ChildId && db.Campaigns.Any(y => y.Id == d.CampaignId && y.SchoolYear == c.SchoolYear)),
                    a))
            .AsNoTracking().ToListAsync(cancellationToken);
        return new ChildActivities(rows);
    }

    private sealed record Row(int ChildId, string SchoolYear, bool Complete, BookableActivity Activity);
}
