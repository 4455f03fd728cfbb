namespace DossierFamille.Web.Features.Reservations;

/// <summary>One day of one child in one activity, as a report or an email lists it (with the refusal's reason).</summary>
public sealed record BookingMovementLine(string Activity, string Child, DateOnly Day, string? Reason = null);
