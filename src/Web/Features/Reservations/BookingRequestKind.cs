namespace DossierFamille.Web.Features.Reservations;

public enum BookingRequestKind
{
    Reservation,
    Annulation,
}
