namespace DossierFamille.Web.Features.Reservations;

/// <summary>When an activity's requests are processed (accepted, waiting-listed or refused).</summary>
public enum BookingProcessingMode
{
    /// <summary>The manuals' way: "Non transmise" until the nightly run "Traitement des réservations".</summary>
    Nightly,

    /// <summary>At "Valider définitivement": the parent reads the answer at once.</summary>
    Immediate,
}
