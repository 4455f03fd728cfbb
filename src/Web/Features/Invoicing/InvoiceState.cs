namespace DossierFamille.Web.Features.Invoicing;

/// <summary>Where an invoice stands for the parent.</summary>
public enum InvoiceState
{
    /// <summary>Paid, or nothing left to pay once its credit notes are deducted.</summary>
    Payee,

    APayer,

    /// <summary>Unpaid past its due date.</summary>
    EnRetard,

    /// <summary>A credit note: nothing to pay.</summary>
    Avoir,
}
