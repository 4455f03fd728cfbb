namespace DossierFamille.Web.Features.Reservations.PayAtBooking;

/// <summary>One day held (or once held) for a payment at booking, as the parent reads it.</summary>
public sealed record HeldDay(string Child, string Activity, DateOnly Day, decimal? Price);
