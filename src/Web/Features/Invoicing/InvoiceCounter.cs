namespace DossierFamille.Web.Features.Invoicing;

/// <summary>The last number given in one series ("F" or "A") and year; updated inside the issuing transaction, whose row lock orders issuers.</summary>
public sealed class InvoiceCounter
{
    public required string Series { get; init; }

    public int Year { get; init; }

    public int Last { get; set; }
}
