namespace DossierFamille.Web.Features.Credits;

/// <summary>
/// One movement of an account's "trop payé" for one service (structure): money the commune owes the account back, usable
/// only on that service. The balance is the sum of the movements, never a stored figure, and never goes below zero (a use
/// takes at most the balance, read under the account and service's lock). Positive: a credit, with its origin (a day paid
/// at booking then cancelled in time or refused, an invoice paid more than its due, a credit note on a paid invoice, the
/// trop payé given back when a payment at booking did not go through). Negative: a use, with what it paid (days paid at
/// booking, a monthly invoice). Its references (<see cref="BookingId"/>, <see cref="HoldId"/>, <see cref="InvoiceId"/>,
/// <see cref="PaymentId"/>) trace it to what caused it. Never changed once written.
/// </summary>
public sealed class CreditMovement
{
    public long Id { get; set; }

    public int FamilyId { get; set; }

    /// <summary>The account the money is owed to: separated parents each have their own (DESIGN.md decision 9).</summary>
    public required string UserId { get; set; }

    /// <summary>The service: the structure whose activities the trop payé may pay.</summary>
    public int StructureId { get; set; }

    public CreditMovementKind Kind { get; set; }

    /// <summary>Euros, to the cent: positive credits, negative uses.</summary>
    public decimal Amount { get; set; }

    /// <summary>The day paid at booking that was cancelled or refused.</summary>
    public long? BookingId { get; set; }

    /// <summary>The validation's days paid at booking: the payment of a day credited back, or what a use paid.</summary>
    public long? HoldId { get; set; }

    /// <summary>The invoice overpaid, credited after payment, or paid by the trop payé.</summary>
    public long? InvoiceId { get; set; }

    /// <summary>The online payment that overpaid; the credit note that gave back a paid invoice's money.</summary>
    public Guid? PaymentId { get; set; }

    /// <summary>The credit note (an avoir) that gave back money already paid.</summary>
    public long? CreditNoteId { get; set; }

    /// <summary>What the parent reads ("Annulation APS MATIN – Léa – lun. 14/12").</summary>
    public required string Label { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
}
