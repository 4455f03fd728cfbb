namespace DossierFamille.Web.Features.Reservations;

public enum DeadlineKind
{
    /// <summary>A weekday of the week before the booked day's week, at a time (default Thursday 23:59).</summary>
    PreviousWeek,

    /// <summary>"J-n": n days before the booked day, at a time.</summary>
    DaysBefore,
}
