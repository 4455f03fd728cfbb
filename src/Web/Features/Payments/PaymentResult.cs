using DossierFamille.Web.Features.Payments.PayFip;

namespace DossierFamille.Web.Features.Payments;

/// <summary>How PayFiP says a payment ended: its detail, or none when PayFiP forgot an idOp left unused past its validity.</summary>
internal sealed record PaymentResult(PayFipPaymentDetail? Detail);
