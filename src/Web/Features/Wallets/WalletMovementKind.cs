namespace DossierFamille.Web.Features.Wallets;

public enum WalletMovementKind
{
    /// <summary>A top-up paid by card (PayFiP).</summary>
    TopUp,

    /// <summary>A booking accepted: its price is taken.</summary>
    Debit,

    /// <summary>A debited booking cancelled in time (refundable) or refused: its price is given back.</summary>
    Refund,
}
