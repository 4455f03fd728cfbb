namespace DossierFamille.Web.Features.Reservations;

/// <summary>A day the parent wants booked (true) or not (false) in an activity.</summary>
public sealed record CartChange(BookableActivity Activity, DateOnly Day, bool Booked);
