namespace DossierFamille.Web.Features.Payments;

/// <summary>Where an online payment stands in the portal.</summary>
public enum PaymentState
{
    /// <summary>Sent to PayFiP; the result is not known yet.</summary>
    Pending,

    /// <summary>PayFiP said P or V: what it paid is recorded.</summary>
    Paid,

    /// <summary>PayFiP said R or Z.</summary>
    Refused,

    /// <summary>PayFiP said A, or the operation expired unused (PayFiP no longer knows its idOp).</summary>
    Abandoned,
}
