namespace DossierFamille.Web.Features.Reservations.Gestion;

/// <summary>A child's booking on the gestionnaire's list of a day: its state, its waiting position, its health flags and pointage.</summary>
public sealed record DayBookingRow(long BookingId, int ChildId, string Name, BookingState State, int? Position, ChildHealth Health, AttendanceStatus? Attendance);
