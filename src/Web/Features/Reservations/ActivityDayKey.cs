namespace DossierFamille.Web.Features.Reservations;

/// <summary>An activity on a day: the unit the processing locks and fills. Ordered, so that locks are always taken in the same order.</summary>
public readonly record struct ActivityDayKey(int ActivityId, DateOnly Day) : IComparable<ActivityDayKey>
{
    public int CompareTo(ActivityDayKey other) =>
        ActivityId != other.ActivityId ? ActivityId.CompareTo(other.ActivityId) : Day.CompareTo(other.Day);

    public static bool operator <(ActivityDayKey left, ActivityDayKey right) => left.CompareTo(right) < 0;

    public static bool operator <=(ActivityDayKey left, ActivityDayKey right) => left.CompareTo(right) <= 0;

    public static bool operator >(ActivityDayKey left, ActivityDayKey right) => left.CompareTo(right) > 0;

    public static bool operator >=(ActivityDayKey left, ActivityDayKey right) => left.CompareTo(right) >= 0;
}
