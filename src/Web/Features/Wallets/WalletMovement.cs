namespace DossierFamille.Web.Features.Wallets;

/// <summary>
/// One movement of a porte-monnaie: the wallet of one account (<see cref="FamilyId"/>, <see cref="UserId"/>) for one
/// service (<see cref="StructureId"/>). The balance is the sum of the movements, never a stored figure: a top-up paid
/// online adds, a booking accepted in an activity paid by porte-monnaie subtracts its price, its refundable cancellation
/// or its refusal gives it back. Never changed once written.
/// </summary>
public sealed class WalletMovement
{
    public long Id { get; set; }

    public int FamilyId { get; set; }

    /// <summary>The account whose wallet it is: separated parents each have their own (DESIGN.md decision 9).</summary>
    public required string UserId { get; set; }

    /// <summary>The service: the structure whose activities the wallet pays.</summary>
    public int StructureId { get; set; }

    public WalletMovementKind Kind { get; set; }

    /// <summary>Euros, to the cent: positive credits the wallet, negative debits it.</summary>
    public decimal Amount { get; set; }

    /// <summary>The booking debited or refunded; null for a top-up.</summary>
    public long? BookingId { get; set; }

    /// <summary>The online payment of a top-up; null otherwise.</summary>
    public Guid? PaymentId { get; set; }

    /// <summary>What the parent reads ("Réservation APS MATIN – Léa – lun. 14/12").</summary>
    public required string Label { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
}
