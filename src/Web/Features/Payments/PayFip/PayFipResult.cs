namespace DossierFamille.Web.Features.Payments.PayFip;

/// <summary>The outcome of a finished payment, from <c>resultrans</c>.</summary>
public enum PayFipResult
{
    /// <summary>P (card) or V (direct debit): paid.</summary>
    Paid,

    /// <summary>R (card) or Z (direct debit): refused.</summary>
    Refused,

    /// <summary>A: the payer gave up.</summary>
    Abandoned,
}
