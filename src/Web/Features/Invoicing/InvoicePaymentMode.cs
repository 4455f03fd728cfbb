namespace DossierFamille.Web.Features.Invoicing;

/// <summary>How a payment of an invoice was made: online through PayFiP, or at the mairie.</summary>
public enum InvoicePaymentMode
{
    EnLigne,
    Especes,
    Cheque,
    Cesu,
    Virement,
}
