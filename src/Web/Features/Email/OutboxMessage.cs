namespace DossierFamille.Web.Features.Email;

/// <summary>An email waiting in the transactional outbox, written in the same transaction as the change it reports.</summary>
public sealed class OutboxMessage
{
    public Guid Id { get; set; }

    /// <summary>Recipients separated by ";".</summary>
    public required string To { get; set; }

    public required string Subject { get; set; }

    public required string HtmlBody { get; set; }

    public required string TextBody { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset NextAttemptAt { get; set; }

    /// <summary>A sender holds the message until this time; a crashed sender's claim expires.</summary>
    public DateTimeOffset? LockedUntil { get; set; }

    public Guid? LockToken { get; set; }

    public int Attempts { get; set; }

    public string? LastError { get; set; }

    public DateTimeOffset? SentAt { get; set; }

    /// <summary>An optional attachment kept in the blob store (e.g. a signature receipt).</summary>
    public string? AttachmentBlobName { get; set; }

    public string? AttachmentFileName { get; set; }

    /// <summary>Given up after too many attempts; shown to admins.</summary>
    public bool Failed { get; set; }
}
