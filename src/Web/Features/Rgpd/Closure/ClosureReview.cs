namespace DossierFamille.Web.Features.Rgpd.Closure;

/// <summary>
/// What the gestionnaire sees before confirming a closure: the accounts that remain (none: the whole family file is
/// erased), the children's bookings still to come, the dossier of the current campaign and unanswered messages.
/// </summary>
public sealed record ClosureReview(
    AccountClosure Closure,
    string FamilyName,
    string FamilyReference,
    string AccountName,
    IReadOnlyList<string> RemainingAccounts,
    IReadOnlyList<(string Child, string Activity, DateOnly Day, string State)> FutureBookings,
    IReadOnlyList<(string Title, string Status)> Fiches,
    int UnansweredMessages)
{
    public bool WholeFamily => RemainingAccounts.Count == 0;

    /// <summary>The French reason a confirmation is refused now, or null.</summary>
    public string? Blocker => WholeFamily && FutureBookings.Count > 0
        ? "C'est le dernier compte de la famille et des réservations sont à venir : elles doivent être annulées avant la fermeture (par la famille, ou à sa demande)."
        : null;
}
