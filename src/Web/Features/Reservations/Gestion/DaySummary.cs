namespace DossierFamille.Web.Features.Reservations.Gestion;

/// <summary>One day of an activity's week: its counts, for the week's table.</summary>
public sealed record DaySummary(DateOnly Day, int Capacity, int Accepted, int Waiting, int NotSent, string? ClosedBecause);
