namespace DossierFamille.Web.Features.Reservations;

/// <summary>A cart line as the cart and the recap show it.</summary>
public sealed record CartRow(long Id, int ChildId, string Child, int ActivityId, string Activity, DateOnly Day, BookingRequestKind Kind);
