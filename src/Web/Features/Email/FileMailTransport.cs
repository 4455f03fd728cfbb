using Microsoft.Extensions.Options;
using MimeKit;

namespace DossierFamille.Web.Features.Email;

/// <summary>The embedded default: each email becomes an .eml file, shown on the development mailbox page.</summary>
internal sealed class FileMailTransport(IOptions<EmailOptions> options, IHostEnvironment environment) : IMailTransport
{
    public string Folder => Path.Combine(environment.ContentRootPath, options.Value.FolderPath);

    public async Task SendAsync(MimeMessage message, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(Folder);
        // The outbox id is the Message-Id: a retried send overwrites the same file.
        var path = Path.Combine(Folder, (message.MessageId ?? Guid.NewGuid().ToString("N")).Split('@')[0] + ".eml");
        var temporary = path + ".tmp";
        await message.WriteToAsync(temporary, cancellationToken);
        File.Move(temporary, path, overwrite: true);
    }
}
