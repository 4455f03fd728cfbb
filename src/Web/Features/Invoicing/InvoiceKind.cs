namespace DossierFamille.Web.Features.Invoicing;

/// <summary>An invoice, or a credit note ("avoir") correcting one: each kind has its own numbering series.</summary>
public enum InvoiceKind
{
    Facture,
    Avoir,
}
