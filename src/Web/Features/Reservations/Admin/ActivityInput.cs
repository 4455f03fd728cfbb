using System.ComponentModel.DataAnnotations;

namespace DossierFamille.Web.Features.Reservations.Admin;

/// <summary>
/// What the admin types for an activity. Checkboxes default to false: an unticked box is not posted,
/// so the form's first display fills them from the activity (<see cref="From"/>) or <see cref="ForNew"/>.
/// </summary>
public sealed class ActivityInput
{
    public const int MaxHorizonDays = 365;
    public const int MaxDaysBefore = 60;
    public const int MaxCapacity = 10_000;

    [Required(ErrorMessage = "Indiquez le nom de l'activité, tel que les familles le lisent (par exemple APS MATIN).")]
    [StringLength(100, ErrorMessage = "Le nom fait 100 caractères au plus.")]
    public string? Name { get; set; }

    [Required(ErrorMessage = "Indiquez l'heure de début (par exemple 07:30).")]
    public TimeOnly? StartsAt { get; set; }

    [Required(ErrorMessage = "Indiquez l'heure de fin (par exemple 08:20).")]
    public TimeOnly? EndsAt { get; set; }

    public bool Monday { get; set; }

    public bool Tuesday { get; set; }

    public bool Wednesday { get; set; }

    public bool Thursday { get; set; }

    public bool Friday { get; set; }

    public bool Saturday { get; set; }

    public bool Sunday { get; set; }

    public bool OpensInSchoolPeriods { get; set; }

    public bool OpensInHolidays { get; set; }

    [Required(ErrorMessage = "Indiquez le nombre d'enfants accueillis par jour.")]
    [Range(1, MaxCapacity, ErrorMessage = "La capacité par jour va de 1 à 10 000 enfants.")]
    public int? CapacityPerDay { get; set; }

    public BookingProcessingMode ProcessingMode { get; set; }

    [Required(ErrorMessage = "Indiquez jusqu'à combien de jours à l'avance on peut réserver.")]
    [Range(1, MaxHorizonDays, ErrorMessage = "L'horizon de réservation va de 1 à 365 jours.")]
    public int? HorizonDays { get; set; }

    public DeadlineKind BookingDeadlineKind { get; set; }

    public DayOfWeek BookingWeekday { get; set; } = DayOfWeek.Thursday;

    public int? BookingDaysBefore { get; set; }

    [Required(ErrorMessage = "Indiquez l'heure limite des réservations (par exemple 23:59).")]
    public TimeOnly? BookingTime { get; set; }

    public bool CancellationAllowed { get; set; }

    public DeadlineKind CancellationDeadlineKind { get; set; }

    public DayOfWeek CancellationWeekday { get; set; } = DayOfWeek.Thursday;

    public int? CancellationDaysBefore { get; set; }

    public TimeOnly? CancellationTime { get; set; }

    public bool CancellationRefundable { get; set; }

    public bool RequiresDossierComplet { get; set; }

    [StringLength(4000, ErrorMessage = "Le texte pour les familles fait 4 000 caractères au plus.")]
    public string? ParentInformation { get; set; }

    public bool IsActive { get; set; }

    private static readonly DayOfWeek[] Days = [.. WeekdaySets.MondayFirst];

    /// <summary>The defaults of a new activity: school week, Thursday of the previous week at 23:59, 90 days, cancellable and refundable.</summary>
    public static ActivityInput ForNew()
    {
        var input = From(new BookableActivity { Name = string.Empty });
        input.Name = null;
        input.StartsAt = null;
        input.EndsAt = null;
        input.CapacityPerDay = null;
        return input;
    }

    public static ActivityInput From(BookableActivity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var input = new ActivityInput
        {
            Name = activity.Name,
            StartsAt = activity.StartsAt,
            EndsAt = activity.EndsAt,
            OpensInSchoolPeriods = activity.OpensInSchoolPeriods,
            OpensInHolidays = activity.OpensInHolidays,
            CapacityPerDay = activity.CapacityPerDay,
            ProcessingMode = activity.ProcessingMode,
            HorizonDays = activity.HorizonDays,
            CancellationAllowed = activity.CancellationAllowed,
            CancellationRefundable = activity.CancellationRefundable,
            RequiresDossierComplet = activity.RequiresDossierComplet,
            ParentInformation = activity.ParentInformation,
            IsActive = activity.IsActive,
        };
        (input.BookingDeadlineKind, input.BookingWeekday, input.BookingDaysBefore, input.BookingTime) = Split(activity.BookingDeadline);
        (input.CancellationDeadlineKind, input.CancellationWeekday, input.CancellationDaysBefore, input.CancellationTime) = Split(activity.CancellationDeadline);
        foreach (var day in Days)
        {
            input.SetDay(day, activity.Weekdays.Contains(day));
        }

        return input;
    }

    public bool HasDay(DayOfWeek day) => day switch
    {
        DayOfWeek.Monday => Monday,
        DayOfWeek.Tuesday => Tuesday,
        DayOfWeek.Wednesday => Wednesday,
        DayOfWeek.Thursday => Thursday,
        DayOfWeek.Friday => Friday,
        DayOfWeek.Saturday => Saturday,
        _ => Sunday,
    };

    /// <summary>Every error, each tied to its field: the attributes' ones and those that compare fields.</summary>
    public IReadOnlyList<ValidationResult> Validate()
    {
        var results = AdminValidation.Attributes(this);

        if (StartsAt is { } start && EndsAt is { } end && end <= start)
        {
            results.Add(new($"L'heure de fin ({end:HH\\:mm}) doit être après l'heure de début ({start:HH\\:mm}).", [nameof(EndsAt)]));
        }

        if (!Days.Any(HasDay))
        {
            results.Add(new("Cochez au moins un jour de la semaine.", [nameof(Monday)]));
        }

        if (!OpensInSchoolPeriods && !OpensInHolidays)
        {
            results.Add(new("Cochez au moins une période : périodes scolaires, vacances scolaires ou les deux.", [nameof(OpensInSchoolPeriods)]));
        }

        DeadlineErrors(BookingDeadlineKind, BookingDaysBefore, nameof(BookingDaysBefore), "des réservations", results);
        if (CancellationAllowed)
        {
            DeadlineErrors(CancellationDeadlineKind, CancellationDaysBefore, nameof(CancellationDaysBefore), "des annulations", results);
            if (CancellationTime is null)
            {
                results.Add(new("Indiquez l'heure limite des annulations (par exemple 23:59).", [nameof(CancellationTime)]));
            }
        }

        return results;
    }

    /// <summary>Copies the checked input onto the activity (its structure is fixed at creation).</summary>
    public void ApplyTo(BookableActivity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        activity.Name = Name!.Trim();
        activity.StartsAt = StartsAt!.Value;
        activity.EndsAt = EndsAt!.Value;
        activity.Weekdays = Days.Where(HasDay).Aggregate(WeekdaySet.None, (set, day) => set | WeekdaySets.Of(day));
        activity.OpensInSchoolPeriods = OpensInSchoolPeriods;
        activity.OpensInHolidays = OpensInHolidays;
        activity.CapacityPerDay = CapacityPerDay!.Value;
        activity.ProcessingMode = ProcessingMode;
        activity.HorizonDays = HorizonDays!.Value;
        activity.BookingDeadline = Rule(BookingDeadlineKind, BookingWeekday, BookingDaysBefore, BookingTime!.Value);
        activity.CancellationAllowed = CancellationAllowed;
        if (CancellationAllowed)
        {
            activity.CancellationDeadline = Rule(CancellationDeadlineKind, CancellationWeekday, CancellationDaysBefore, CancellationTime!.Value);
        }

        activity.CancellationRefundable = CancellationRefundable;
        activity.RequiresDossierComplet = RequiresDossierComplet;
        activity.ParentInformation = string.IsNullOrWhiteSpace(ParentInformation) ? null : ParentInformation.Trim();
        activity.IsActive = IsActive;
    }

    private static void DeadlineErrors(DeadlineKind kind, int? daysBefore, string field, string what, List<ValidationResult> results)
    {
        if (kind == DeadlineKind.DaysBefore && daysBefore is null or < 1 or > MaxDaysBefore)
        {
            results.Add(new($"Indiquez le nombre de jours avant la date limite {what} : J-1 à J-{MaxDaysBefore}.", [field]));
        }
    }

    private static BookingDeadlineRule Rule(DeadlineKind kind, DayOfWeek weekday, int? daysBefore, TimeOnly time) =>
        kind == DeadlineKind.PreviousWeek
            ? new BookingDeadlineRule(DeadlineKind.PreviousWeek, weekday, 0, new TimeOnly(time.Hour, time.Minute))
            : BookingDeadlineRule.DaysBeforeAt(daysBefore!.Value, new TimeOnly(time.Hour, time.Minute));

    private static (DeadlineKind, DayOfWeek, int?, TimeOnly?) Split(BookingDeadlineRule rule) =>
        (rule.Kind, rule.Kind == DeadlineKind.PreviousWeek ? rule.Weekday : DayOfWeek.Thursday, rule.Kind == DeadlineKind.DaysBefore ? rule.DaysBefore : null, rule.Time);

    private void SetDay(DayOfWeek day, bool value)
    {
        switch (day)
        {
            case DayOfWeek.Monday: Monday = value; break;
            case DayOfWeek.Tuesday: Tuesday = value; break;
            case DayOfWeek.Wednesday: Wednesday = value; break;
            case DayOfWeek.Thursday: Thursday = value; break;
            case DayOfWeek.Friday: Friday = value; break;
            case DayOfWeek.Saturday: Saturday = value; break;
            default: Sunday = value; break;
        }
    }
}
