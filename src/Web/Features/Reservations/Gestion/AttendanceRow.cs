namespace DossierFamille.Web.Features.Reservations.Gestion;

/// <summary>A child on the roll of an activity day: booked (accepted) or marked present without booking.</summary>
internal sealed record AttendanceRow(int ChildId, string Name, bool Booked, bool CancellationRequested, AttendanceStatus? Status, ChildHealth Health);
