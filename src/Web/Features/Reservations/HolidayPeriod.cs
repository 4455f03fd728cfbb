namespace DossierFamille.Web.Features.Reservations;

/// <summary>
/// Vacances scolaires (zone C by default): activities that open in holidays are booked in their own
/// window, from <see cref="BookingOpensOn"/> to <see cref="BookingClosesOn"/> (local dates, both included).
/// </summary>
public sealed class HolidayPeriod
{
    public int Id { get; set; }

    public required string Name { get; set; }

    public string Zone { get; set; } = "C";

    public DateOnly FirstDay { get; set; }

    public DateOnly LastDay { get; set; }

    public DateOnly BookingOpensOn { get; set; }

    public DateOnly BookingClosesOn { get; set; }

    public bool Contains(DateOnly day) => day >= FirstDay && day <= LastDay;
}
