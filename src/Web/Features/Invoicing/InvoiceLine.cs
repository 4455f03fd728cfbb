namespace DossierFamille.Web.Features.Invoicing;

/// <summary>
/// One line of an invoice: one child, one activity, one day, one amount rounded once to the cent. Names are copied
/// at issue, so that an issued invoice reads the same forever.
/// </summary>
public sealed class InvoiceLine
{
    public long Id { get; init; }

    public long InvoiceId { get; init; }

    public InvoiceLineKind Kind { get; init; }

    /// <summary>"DUPONT Amalia"; empty on a credit note's line.</summary>
    public required string ChildName { get; init; }

    /// <summary>"APS MATIN"; a credit note's line says what it corrects.</summary>
    public required string Activity { get; init; }

    /// <summary>The activity charged, for the service a trop payé of the invoice goes to; null on a credit note's line and on lines issued before it was recorded.</summary>
    public int? ActivityId { get; init; }

    /// <summary>The day charged; null on a credit note's line.</summary>
    public DateOnly? Day { get; init; }

    /// <summary>Euros, rounded to the cent.</summary>
    public decimal Amount { get; init; }
}
