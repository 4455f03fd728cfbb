using System.ComponentModel.DataAnnotations;

namespace DossierFamille.Web.Features.Email;

public sealed class EmailOptions
{
    public const string SectionName = "Email";

    /// <summary>Files: .eml files in <see cref="FolderPath"/> (embedded default); Smtp: MailKit.</summary>
    public EmailMode Mode { get; set; } = EmailMode.Files;

    public string FolderPath { get; set; } = "App_Data/mail";

    public string Host { get; set; } = "localhost";

    [Range(1, 65535)]
    public int Port { get; set; } = 25;

    public bool UseStartTls { get; set; }

    public string? UserName { get; set; }

    public string? Password { get; set; }

    [Required, EmailAddress]
    public string From { get; set; } = "portail-famille@carteville.fr";

    public string FromName { get; set; } = "Portail Famille";

    /// <summary>How often the outbox is polled when nothing wakes it up.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(5);

    [Range(1, 100)]
    public int MaxAttempts { get; set; } = 8;
}
