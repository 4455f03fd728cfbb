namespace DossierFamille.Web.Features.Reservations.Admin;

/// <summary>
/// An activity's settings as the admin reads them, label by label: the list page shows them and the
/// audit log records those that changed ("Capacité par jour : 60 → 40").
/// </summary>
internal static class ActivityFacts
{
    private const int TextExcerpt = 300;

    public static IReadOnlyList<(string Label, string Value)> Of(BookableActivity activity) =>
    [
        ("Nom", activity.Name),
        ("Horaires", activity.Hours),
        ("Jours", Days(activity.Weekdays)),
        ("Périodes", Periods(activity)),
        ("Capacité par jour", $"{activity.CapacityPerDay} enfant(s)"),
        ("Traitement des demandes", activity.ProcessingMode == BookingProcessingMode.Immediate ? "immédiat, à la validation" : "chaque nuit"),
        ("Horizon", $"{activity.HorizonDays} jours à l'avance"),
        ("Réservations", activity.BookingDeadline.Describe()),
        ("Annulations", activity.CancellationAllowed ? activity.CancellationDeadline.Describe() : "non autorisées en ligne"),
        ("Annulation remboursable", YesNo(activity.CancellationRefundable)),
        ("Dossier complet exigé", YesNo(activity.RequiresDossierComplet)),
        ("Texte pour les familles", activity.ParentInformation is { } text ? $"« {Excerpt(text)} »" : "(aucun)"),
        ("Proposée aux familles", YesNo(activity.IsActive)),
    ];

    /// <summary>"Capacité par jour : 60 enfant(s) → 40 enfant(s)" for each setting that differs.</summary>
    public static IReadOnlyList<string> Changes(IReadOnlyList<(string Label, string Value)> before, BookableActivity after) =>
        [.. before.Zip(Of(after)).Where(p => p.First.Value != p.Second.Value).Select(p => $"{p.First.Label} : {p.First.Value} → {p.Second.Value}")];

    public static string Days(WeekdaySet days) =>
        string.Join(", ", WeekdaySets.MondayFirst.Where(d => days.Contains(d)).Select(BookingFormat.Weekday));

    public static string Periods(BookableActivity activity) => (activity.OpensInSchoolPeriods, activity.OpensInHolidays) switch
    {
        (true, true) => "périodes scolaires et vacances",
        (true, false) => "périodes scolaires",
        _ => "vacances scolaires",
    };

    private static string YesNo(bool value) => value ? "oui" : "non";

    private static string Excerpt(string text) => text.Length <= TextExcerpt ? text : text[..TextExcerpt] + "…";
}
