namespace DossierFamille.Web.Features.Payments.PayFip;

/// <summary>
/// A SOAP fault from PayFiP (<c>FonctionnelleErreur</c>, or a technical error) or an unreadable answer.
/// <see cref="Code"/> is PayFiP's code ("P5", "P1"…) when it gave one.
/// </summary>
public sealed class PayFipException : Exception
{
    /// <summary>recupererDetailPaiementSecurise: the payment is not finished yet (the payer may still be on the page).</summary>
    public const string ResultNotYetKnown = "P5";

    /// <summary>recupererDetailPaiementSecurise: PayFiP does not know this idOp (never created, or purged after it was left unused).</summary>
    public const string UnknownOperation = "P1";

    public PayFipException()
    {
    }

    public PayFipException(string message)
        : base(message)
    {
    }

    public PayFipException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public PayFipException(string? code, string message, Exception? innerException = null)
        : base(message, innerException) => Code = code;

    public string? Code { get; }

    public bool IsResultNotYetKnown => Code == ResultNotYetKnown;

    public bool IsUnknownOperation => Code == UnknownOperation;
}
