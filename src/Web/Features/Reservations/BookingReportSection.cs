namespace DossierFamille.Web.Features.Reservations;

/// <summary>The sections of the next-morning report, in the manuals' order; refusals come last, with their reasons.</summary>
public enum BookingReportSection
{
    ListeAttente,
    Acceptees,
    Annulees,
    Refusees,
}
