namespace DossierFamille.Web.Features.Reservations.PayAtBooking;

/// <summary>
/// The days of one validation in activities paid at booking, held for their payment: its bookings
/// (<see cref="Booking.HoldId"/>) take their places in the state "En attente de paiement" until the payment is paid
/// (they are then recorded as requests) or, refused or abandoned, until its validity is over (they are then released).
/// One debt for PayFiP (<see cref="Refdet"/>), whatever the number of attempts at paying it.
/// </summary>
public sealed class BookingHold
{
    public long Id { get; set; }

    /// <summary>The validation that held the days: the payment's reference, and where the parent comes back to.</summary>
    public Guid SubmissionId { get; set; }

    public int FamilyId { get; set; }

    public required string UserId { get; set; }

    /// <summary>Euros, what the card pays: the sum of the held days' prices less the trop payé used for them ("Utiliser trop payé"); 0 when it paid everything.</summary>
    public decimal Amount { get; set; }

    /// <summary>What the parent reads on PayFiP's page.</summary>
    public required string Objet { get; set; }

    public BookingHoldState State { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>When the days were recorded (paid) or released.</summary>
    public DateTimeOffset? EndedAt { get; set; }

    /// <summary>
    /// The PayFiP debt reference: "RESA" and 26 hex digits of the validation's key. Never reused, also across databases
    /// (a sequence number would start again at 1 after a reinstallation, and PayFiP refuses a reference already paid).
    /// </summary>
    public string Refdet => $"RESA{SubmissionId:N}"[..30].ToUpperInvariant();
}
