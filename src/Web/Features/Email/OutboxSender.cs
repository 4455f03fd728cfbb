using DossierFamille.Storage.Blobs;
using DossierFamille.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using MimeKit;

namespace DossierFamille.Web.Features.Email;

/// <summary>
/// Sends the outbox. Each message is claimed with a lease (a concurrency token), so two app
/// processes never send the same row; a crashed sender's claim expires and the message is
/// retried with exponential backoff. The outbox id is the Message-Id, so a retry after a crash
/// that happened between the SMTP send and the commit can be recognised by the receiver.
/// </summary>
internal sealed partial class OutboxSender(
    IServiceScopeFactory scopes,
    IMailTransport transport,
    IBlobStore blobs,
    OutboxSignal signal,
    TimeProvider time,
    IOptions<EmailOptions> options,
    ILogger<OutboxSender> logger) : BackgroundService
{
    private static readonly TimeSpan Lease = TimeSpan.FromMinutes(2);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                while (await SendNextBatchAsync(stoppingToken) > 0)
                {
                }
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                LogBatchFailed(logger, ex);
            }

            try
            {
                await signal.WaitAsync(options.Value.PollInterval, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    /// <summary>Sends the messages due now; returns how many were attempted.</summary>
    public async Task<int> SendNextBatchAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var now = time.GetUtcNow();
        var due = await db.Outbox
            .Where(m => m.SentAt == null && !m.Failed && m.NextAttemptAt <= now && (m.LockedUntil == null || m.LockedUntil < now))
            .OrderBy(m => m.NextAttemptAt)
            .Take(20)
            .ToListAsync(cancellationToken);
        var attempted = 0;
        foreach (var message in due)
        {
            if (await TryClaimAsync(db, message, now, cancellationToken))
            {
                attempted++;
                await SendOneAsync(db, message, cancellationToken);
            }
        }

        return attempted;
    }

    private static async Task<bool> TryClaimAsync(AppDbContext db, OutboxMessage message, DateTimeOffset now, CancellationToken cancellationToken)
    {
        message.LockedUntil = now + Lease;
        message.LockToken = Guid.NewGuid();
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return true;
        }
        catch (DbUpdateConcurrencyException)
        {
            db.Entry(message).State = EntityState.Detached;
            return false;
        }
    }

    private async Task SendOneAsync(AppDbContext db, OutboxMessage message, CancellationToken cancellationToken)
    {
        message.Attempts++;
        try
        {
            await transport.SendAsync(await ToMimeAsync(message, cancellationToken), cancellationToken);
            message.SentAt = time.GetUtcNow();
            message.LastError = null;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            message.LastError = ex.Message.Length > 2000 ? ex.Message[..2000] : ex.Message;
            message.Failed = message.Attempts >= options.Value.MaxAttempts;
            message.NextAttemptAt = time.GetUtcNow() + Backoff(message.Attempts);
            LogSendFailed(logger, message.Id, message.Attempts, ex);
        }

        message.LockedUntil = null;
        await db.SaveChangesAsync(cancellationToken);
    }

    internal static TimeSpan Backoff(int attempts) => TimeSpan.FromSeconds(Math.Min(3600, 5 * Math.Pow(3, attempts - 1)));

    private async Task<MimeMessage> ToMimeAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var mime = new MimeMessage { Subject = message.Subject, MessageId = $"{message.Id:N}@dossierfamille" };
        mime.From.Add(new MailboxAddress(settings.FromName, settings.From));
        foreach (var address in message.To.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            mime.To.Add(MailboxAddress.Parse(address));
        }

        var body = new BodyBuilder { HtmlBody = message.HtmlBody, TextBody = message.TextBody };
        if (message.AttachmentBlobName is { } blobName)
        {
            var blob = await blobs.OpenReadAsync(blobName, cancellationToken)
                ?? throw new InvalidOperationException($"The attachment {blobName} of email {message.Id} is missing.");
            await using var content = blob.Content;
            await body.Attachments.AddAsync(message.AttachmentFileName ?? "piece-jointe", content, ContentType.Parse(blob.Info.ContentType), cancellationToken);
        }

        mime.Body = body.ToMessageBody();
        return mime;
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Outbox batch failed")]
    private static partial void LogBatchFailed(ILogger logger, Exception exception);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Email {MessageId} failed on attempt {Attempts}")]
    private static partial void LogSendFailed(ILogger logger, Guid messageId, int attempts, Exception exception);
}
