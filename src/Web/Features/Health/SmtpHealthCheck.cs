using DossierFamille.Web.Features.Email;
using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;

namespace DossierFamille.Web.Features.Health;

/// <summary>SMTP mode: the server answers a connection; file mode: the mail folder is writable.</summary>
internal sealed class SmtpHealthCheck(IOptions<EmailOptions> options, IServiceProvider services) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var settings = options.Value;
        try
        {
            if (settings.Mode == EmailMode.Files)
            {
                var folder = services.GetRequiredService<FileMailTransport>().Folder;
                Directory.CreateDirectory(folder);
                return HealthCheckResult.Healthy($"fichiers .eml dans {folder}");
            }

            using var client = new SmtpClient { Timeout = 5000 };
            await client.ConnectAsync(settings.Host, settings.Port, settings.UseStartTls ? SecureSocketOptions.StartTls : SecureSocketOptions.None, cancellationToken);
            await client.NoOpAsync(cancellationToken);
            await client.DisconnectAsync(true, cancellationToken);
            return HealthCheckResult.Healthy($"smtp://{settings.Host}:{settings.Port}");
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            return HealthCheckResult.Unhealthy($"smtp://{settings.Host}:{settings.Port} : {ex.Message}");
        }
    }
}
