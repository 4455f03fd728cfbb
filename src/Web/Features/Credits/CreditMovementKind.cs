namespace DossierFamille.Web.Features.Credits;

/// <summary>Where a trop payé comes from (positive movements) or what it paid (negative ones).</summary>
public enum CreditMovementKind
{
    /// <summary>A day paid at booking, cancelled in time in an activity whose cancellations are refundable.</summary>
    CancelledPaidDay,

    /// <summary>A day paid at booking, then refused (day closed by the mairie, refused by a gestionnaire).</summary>
    RefusedPaidDay,

    /// <summary>An invoice paid more than what was left of it (paid at the mairie and online, paid twice).</summary>
    OverpaidInvoice,

    /// <summary>A credit note on an invoice already paid: the money it gives back.</summary>
    CreditNoteOnPaidInvoice,

    /// <summary>Days paid at booking whose payment arrived after they were released: nothing was booked.</summary>
    PaymentAfterRelease,

    /// <summary>Trop payé used for days paid at booking, given back because their card payment did not go through.</summary>
    UseReturned,

    /// <summary>Used by the parent for days paid at booking ("Utiliser trop payé").</summary>
    UsedAtBooking,

    /// <summary>Used to pay a monthly invoice of the service.</summary>
    UsedOnInvoice,
}
