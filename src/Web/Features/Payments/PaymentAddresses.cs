using DossierFamille.Web.Features.Campaigns;
using DossierFamille.Web.Features.Commune;
using DossierFamille.Web.Features.Payments.PayFip;
using Microsoft.Extensions.Options;

namespace DossierFamille.Web.Features.Payments;

/// <summary>
/// The PayFiP request of a payment: the exercise is the commune's current year, and PayFiP calls back the portal's public
/// address (<c>Portal:PublicBaseUrl</c>), never one taken from a request.
/// </summary>
internal sealed class PaymentAddresses(PortalLinks links, IOptions<CampaignOptions> commune)
{
    public PayFipPaymentRequest Request(PaymentOperation payment, DateTimeOffset now) =>
        new(payment.Refdet,
            TimeZoneInfo.ConvertTime(now, commune.Value.Zone).Year,
            payment.Objet,
            payment.AmountCents,
            payment.Email,
            new Uri(links.Absolute(PaymentsModule.NotificationPath)),
            new Uri(links.Absolute(PaymentsModule.ReturnPath(payment.Id))));
}
