namespace DossierFamille.Web.Features.Billing;

/// <summary>How an activity is paid; an activity without a row is invoiced monthly.</summary>
public sealed class ActivityBilling
{
    public int ActivityId { get; set; }

    public PaymentMode PaymentMode { get; set; }
}
