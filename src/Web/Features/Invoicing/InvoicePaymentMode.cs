namespace DossierFamille.Web.Features.Invoicing;

/// <summary>How a payment of an invoice was made: online through PayFiP, at the mairie, or deducted at issue from the account's trop payé.</summary>
public enum InvoicePaymentMode
{
    EnLigne,
    Especes,
    Cheque,
    Cesu,
    Virement,

    /// <summary>Deducted by the monthly run, at issue, from the account's trop payé of the invoice's services.</summary>
    TropPaye,
}
