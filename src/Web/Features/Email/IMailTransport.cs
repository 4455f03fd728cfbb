using MimeKit;

namespace DossierFamille.Web.Features.Email;

/// <summary>Delivers a MIME message: over SMTP, or into a folder of .eml files.</summary>
public interface IMailTransport
{
    Task SendAsync(MimeMessage message, CancellationToken cancellationToken);
}
