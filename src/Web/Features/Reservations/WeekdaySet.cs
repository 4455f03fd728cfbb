namespace DossierFamille.Web.Features.Reservations;

/// <summary>Days of the week an activity runs, stored as bits (Monday = 1 … Sunday = 64).</summary>
[Flags]
public enum WeekdaySet
{
    None = 0,
    Monday = 1,
    Tuesday = 2,
    Wednesday = 4,
    Thursday = 8,
    Friday = 16,
    Saturday = 32,
    Sunday = 64,
    SchoolWeek = Monday | Tuesday | Thursday | Friday,
    Weekdays = Monday | Tuesday | Wednesday | Thursday | Friday,
}
