namespace DossierFamille.Web.Features.Invoicing;

/// <summary>
/// Who pays a day a child was present without booking, when the pointage only names the family: the account that booked
/// that child on that activity last, else the one that booked the child last on any activity, else the family's first
/// account. Separated parents: the parent who usually books that activity.
/// </summary>
public static class PresencePayer
{
    /// <summary>A booking of the child (any state) by an account.</summary>
    public sealed record Booked(int ChildId, int ActivityId, string UserId, DateTimeOffset At);

    public static string? Pick(int childId, int activityId, IEnumerable<Booked> bookings, IReadOnlyList<string> familyAccounts)
    {
        ArgumentNullException.ThrowIfNull(familyAccounts);
        var child = bookings.Where(b => b.ChildId == childId).OrderByDescending(b => b.At).ToList();
        return child.FirstOrDefault(b => b.ActivityId == activityId)?.UserId ?? child.FirstOrDefault()?.UserId ?? (familyAccounts.Count > 0 ? familyAccounts[0] : null);
    }
}
