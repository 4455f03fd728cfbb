namespace DossierFamille.Web.Features.Reservations;

/// <summary>What a parent sees on a day of the calendar (the manuals' states).</summary>
public enum CellState
{
    /// <summary>The activity does not run (weekday, holidays, jour férié).</summary>
    Closed,

    /// <summary>Runs, but cannot be booked now (past, deadline, not open yet, not eligible, incompatible).</summary>
    Unavailable,

    Free,

    /// <summary>Requested and not processed yet: "Non transmise".</summary>
    NonTransmise,

    Booked,

    BookedLocked,

    WaitingList,

    CancelPending,

    InCartToBook,

    InCartToCancel,

    OtherParent,

    /// <summary>Paid at booking, its payment not done yet: "En attente de paiement".</summary>
    AwaitingPayment,
}
