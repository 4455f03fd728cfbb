namespace DossierFamille.Web.Features.Invoicing;

/// <summary>What an invoice line charges (or a credit note gives back).</summary>
public enum InvoiceLineKind
{
    /// <summary>An accepted booking, at the price recorded when it was validated.</summary>
    Reservation,

    /// <summary>The child came without an accepted booking (the tariff's penalty).</summary>
    PresenceSansReservation,

    /// <summary>The child was booked and did not come, without an excuse (the tariff's penalty).</summary>
    AbsenceInjustifiee,

    /// <summary>A credit note's amount given back on an invoice.</summary>
    Avoir,
}
