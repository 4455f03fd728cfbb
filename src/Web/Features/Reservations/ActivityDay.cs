namespace DossierFamille.Web.Features.Reservations;

/// <summary>
/// One activity on one day, as the processing sees it: the row every change of that day's places
/// locks first (two nodes, two parents on the last place: one waits for the other's commit), and
/// the day's own capacity when the mairie changed it.
/// </summary>
public sealed class ActivityDay
{
    public int ActivityId { get; set; }

    public DateOnly Day { get; set; }

    /// <summary>Null: the activity's <see cref="BookableActivity.CapacityPerDay"/>.</summary>
    public int? Capacity { get; set; }

    /// <summary>Bumped by each lock (an UPDATE takes the row lock on every provider).</summary>
    public long LockCount { get; set; }

    public int CapacityOf(BookableActivity activity) => Capacity ?? activity.CapacityPerDay;
}
