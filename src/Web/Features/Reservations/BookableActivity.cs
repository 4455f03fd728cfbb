namespace DossierFamille.Web.Features.Reservations;

/// <summary>
/// A bookable service of a structure as parents read it ("APS MATIN", "RESTAURATION"…): its hours,
/// the days it runs, its booking and cancellation rules and its capacity per day.
/// </summary>
public sealed class BookableActivity
{
    public int Id { get; set; }

    public int StructureId { get; set; }

    public required string Name { get; set; }

    /// <summary>Hours of the activity, compared to find incompatible bookings of one child.</summary>
    public TimeOnly StartsAt { get; set; }

    public TimeOnly EndsAt { get; set; }

    /// <summary>The days of the week it runs (school periods, and holidays when it opens then).</summary>
    public WeekdaySet Weekdays { get; set; } = WeekdaySet.SchoolWeek;

    public bool OpensInSchoolPeriods { get; set; } = true;

    public bool OpensInHolidays { get; set; }

    /// <summary>How many children it takes per day; the processing fills it and keeps a waiting list (a day may have its own, <see cref="ActivityDay"/>).</summary>
    public int CapacityPerDay { get; set; }

    /// <summary>Requests processed by the nightly run (default) or at once when the parent validates.</summary>
    public BookingProcessingMode ProcessingMode { get; set; }

    /// <summary>Bookable up to this many days ahead in school periods.</summary>
    public int HorizonDays { get; set; } = 90;

    public BookingDeadlineRule BookingDeadline { get; set; } = BookingDeadlineRule.ThursdayOfPreviousWeek;

    public bool CancellationAllowed { get; set; } = true;

    public BookingDeadlineRule CancellationDeadline { get; set; } = BookingDeadlineRule.ThursdayOfPreviousWeek;

    /// <summary>A cancelled day is credited back to the family (used by billing).</summary>
    public bool CancellationRefundable { get; set; } = true;

    /// <summary>Only children whose dossier is complete for the school year may book.</summary>
    public bool RequiresDossierComplet { get; set; }

    /// <summary>"Informations laissées par votre mairie concernant le service", shown above the calendar.</summary>
    public string? ParentInformation { get; set; }

    public bool IsActive { get; set; } = true;

    public string Hours => $"{StartsAt:HH\\:mm}–{EndsAt:HH\\:mm}";

    public bool OverlapsWith(BookableActivity other) => StartsAt < other.EndsAt && other.StartsAt < EndsAt;
}
