using DossierFamille.Web.Data;
using DossierFamille.Web.Features.Email.Templates;

namespace DossierFamille.Web.Features.Email;

/// <summary>
/// Adds emails to the outbox table of the current unit of work: they are sent only if the
/// change that produced them commits, and sent once by <see cref="OutboxSender"/>.
/// </summary>
public sealed class EmailOutbox(AppDbContext db, TimeProvider time, OutboxSignal signal, EmailRenderer renderer)
{
    /// <summary>Renders the email's template and adds it; the caller's SaveChanges commits it with the change it reports.</summary>
    public async Task<OutboxMessage> EnqueueAsync(string to, EmailModel email, EmailAttachment? attachment = null) =>
        Enqueue(to, await renderer.RenderAsync(email), attachment);

    public OutboxMessage Enqueue(string to, EmailContent content, EmailAttachment? attachment = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(to);
        var now = time.GetUtcNow();
        var message = new OutboxMessage
        {
            Id = Guid.CreateVersion7(),
            To = to,
            Subject = content.Subject,
            HtmlBody = content.HtmlBody,
            TextBody = content.TextBody,
            CreatedAt = now,
            NextAttemptAt = now,
            AttachmentBlobName = attachment?.BlobName,
            AttachmentFileName = attachment?.FileName,
        };
        db.Outbox.Add(message);
        signal.Notify();
        return message;
    }
}
