namespace DossierFamille.Web.Features.Invoicing;

/// <summary>
/// What one payment paid of one invoice: a card payment online (<see cref="PaymentOperationId"/>, recorded when PayFiP says
/// paid), a payment at the mairie recorded by a gestionnaire (espèces, chèque, CESU, virement; partial payments allowed),
/// or the account's trop payé deducted by the monthly run when it issues the invoice.
/// Every payment of an invoice, whatever its mode, is one row here: what is left to pay is the invoice's total minus its
/// credit notes and these rows. It belongs to the invoice's paying account (<see cref="FamilyId"/> + <see cref="UserId"/>,
/// decision 9). A row is never changed.
/// </summary>
public sealed class InvoicePayment
{
    /// <summary>At the mairie, the key the form carried: a double click or a replayed post records the payment once.</summary>
    public Guid Id { get; init; }

    public long InvoiceId { get; init; }

    public int FamilyId { get; init; }

    /// <summary>The invoice's paying account.</summary>
    public required string UserId { get; init; }

    public InvoicePaymentMode Mode { get; init; }

    /// <summary>Euros, to the cent.</summary>
    public decimal Amount { get; init; }

    /// <summary>The commune's day the family paid.</summary>
    public DateOnly PaidOn { get; init; }

    /// <summary>A cheque number, a transfer's reference…; online, the bank's authorisation number.</summary>
    public string? Reference { get; init; }

    /// <summary>The online payment (PayFiP) this row records; null at the mairie.</summary>
    public Guid? PaymentOperationId { get; init; }

    public DateTimeOffset RecordedAt { get; init; }

    /// <summary>The gestionnaire who recorded it at the mairie; null online.</summary>
    public string? RecordedBy { get; init; }

    /// <summary>A payment at the mairie of <paramref name="amount"/> on <paramref name="invoice"/>, of which <paramref name="due"/> is left to pay.</summary>
    public static InvoicePayment AtMairie(Guid key, Invoice invoice, decimal due, InvoicePaymentMode mode, decimal amount, DateOnly paidOn, string? reference, string recordedBy, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(invoice);
        if (invoice.Kind != InvoiceKind.Facture || !InvoicePaymentModes.AtMairie.Contains(mode))
        {
            throw new InvalidOperationException($"Un règlement à la mairie porte sur une facture, pas sur {invoice.Number} ({mode}).");
        }

        if (amount <= 0 || decimal.Round(amount, 2) != amount || amount > due)
        {
            throw new ArgumentOutOfRangeException(nameof(amount), amount, $"Un règlement de la facture {invoice.Number} porte sur un montant positif au centime, au plus ce qui reste à payer ({due} €).");
        }

        return Of(key, invoice, mode, amount, paidOn, now, string.IsNullOrWhiteSpace(reference) ? null : reference.Trim(), recordedBy: recordedBy);
    }

    /// <summary>What an online payment paid of <paramref name="invoice"/>.</summary>
    public static InvoicePayment Online(Invoice invoice, Guid paymentOperationId, decimal amount, DateOnly paidOn, string? authorisationNumber, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(invoice);
        return Of(Guid.CreateVersion7(), invoice, InvoicePaymentMode.EnLigne, amount, paidOn, now, authorisationNumber, paymentOperationId);
    }

    /// <summary>What the account's trop payé paid of <paramref name="invoice"/>, deducted when the monthly run issued it.</summary>
    public static InvoicePayment FromTropPaye(Invoice invoice, decimal amount, DateOnly paidOn, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(invoice);
        if (amount <= 0 || decimal.Round(amount, 2) != amount || amount > invoice.Total)
        {
            throw new ArgumentOutOfRangeException(nameof(amount), amount, $"Le trop payé déduit de la facture {invoice.Number} porte sur un montant positif au centime, au plus son total ({invoice.Total} €).");
        }

        return Of(Guid.CreateVersion7(), invoice, InvoicePaymentMode.TropPaye, amount, paidOn, now);
    }

    private static InvoicePayment Of(Guid id, Invoice invoice, InvoicePaymentMode mode, decimal amount, DateOnly paidOn, DateTimeOffset now, string? reference = null, Guid? paymentOperationId = null, string? recordedBy = null) => new()
    {
        Id = id,
        InvoiceId = invoice.Id,
        FamilyId = invoice.FamilyId,
        UserId = invoice.UserId,
        Mode = mode,
        Amount = amount,
        PaidOn = paidOn,
        Reference = reference,
        PaymentOperationId = paymentOperationId,
        RecordedAt = now,
        RecordedBy = recordedBy,
    };
}
