namespace DossierFamille.PayFip.Simulator;

/// <summary>PayFiP's server-to-server notification: a form POST of the idOp to the payment's urlnotif.</summary>
internal sealed class Notifier(HttpClient http, ILogger<Notifier> logger)
{
    public async Task NotifyAsync(SimulatedPayment payment, CancellationToken ct)
    {
        try
        {
            using var content = new FormUrlEncodedContent([new KeyValuePair<string, string>("idOp", payment.IdOp)]);
            using var response = await http.PostAsync(payment.NotificationUrl, content, ct);
            logger.LogInformation("Notification of {IdOp} to {Url}: HTTP {Status}", payment.IdOp, payment.NotificationUrl, (int)response.StatusCode);
        }
        catch (Exception ex) when (ex is HttpRequestException || (ex is TaskCanceledException && !ct.IsCancellationRequested))
        {
            // PayFiP does not guarantee the notification either: the portal must ask for the result itself.
            logger.LogWarning(ex, "Notification of {IdOp} to {Url} failed", payment.IdOp, payment.NotificationUrl);
        }
    }
}
