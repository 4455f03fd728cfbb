using Microsoft.AspNetCore.Mvc;

namespace DossierFamille.PayFip.Simulator;

/// <summary>The payment page the parent is sent to (<c>?idop=</c>), and the choice they make on it.</summary>
internal static class PaymentPageEndpoints
{
    public static IResult Show([FromQuery(Name = "idop")] string? idOp, SimulatedPayments payments)
    {
        var payment = payments.Find(idOp);
        if (payment is null)
        {
            return PaymentPage.Message("Opération inconnue", "Cette opération de paiement n'existe pas.", StatusCodes.Status404NotFound);
        }

        if (payment.ResultCode is not null)
        {
            return PaymentPage.Message("Paiement terminé", "Cette opération de paiement est déjà terminée.", StatusCodes.Status200OK);
        }

        return payments.IsExpired(payment)
            ? PaymentPage.Message("Opération expirée", "Cette opération de paiement a expiré (15 minutes). Retournez sur le site de votre collectivité pour recommencer.", StatusCodes.Status410Gone)
            : PaymentPage.Form(payment);
    }

    /// <summary>Records the result, notifies the portal server to server (unless asked not to), then sends the parent back.</summary>
    public static async Task<IResult> ChooseAsync([FromForm(Name = "idop")] string? idOp, [FromForm(Name = "choix")] string? choice, SimulatedPayments payments, Notifier notifier, CancellationToken ct)
    {
        var payment = payments.Find(idOp);
        if (payment is null || PaymentChoice.Parse(choice) is not { } chosen)
        {
            return PaymentPage.Message("Opération inconnue", "Cette opération de paiement n'existe pas.", StatusCodes.Status404NotFound);
        }

        if (!payments.Finish(payment, chosen.ResultCode))
        {
            return Show(idOp, payments);
        }

        if (chosen.Notify)
        {
            await notifier.NotifyAsync(payment, ct);
        }

        return Results.Redirect(payment.RedirectUrl.AbsoluteUri, permanent: false, preserveMethod: false);
    }
}
