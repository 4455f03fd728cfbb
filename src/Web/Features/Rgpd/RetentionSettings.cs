namespace DossierFamille.Web.Features.Rgpd;

/// <summary>
/// How long the commune keeps each kind of data (one row, edited by admins, every change audited).
/// The defaults and their reasons are in the README ("RGPD").
/// </summary>
public sealed class RetentionSettings
{
    public const int SingletonId = 1;
    public const int MaxMonths = 120;

    public int Id { get; set; } = SingletonId;

    /// <summary>Files of the pièces justificatives, counted from the end of their campaign.</summary>
    public int PiecesMonths { get; set; } = 12;

    /// <summary>Fiches never transmitted (and their files), counted from the end of their campaign.</summary>
    public int DraftsMonths { get; set; } = 1;

    /// <summary>Entries of the log of staff consultations, counted from the consultation.</summary>
    public int AccessLogMonths { get; set; } = 12;

    /// <summary>
    /// Règlement signature evidence (and the receipts made from it), counted from the signature: the legal duration the
    /// commune sets. Kept after an account is closed, not shown.
    /// </summary>
    public int SignatureMonths { get; set; } = 60;

    /// <summary>Emails the portal sent or gave up sending (their bodies and attachments hold personal data), counted from their creation.</summary>
    public int EmailMonths { get; set; } = 3;

    /// <summary>How families reach the commune's data protection officer (shown on the RGPD notice).</summary>
    public string? DpoContact { get; set; }

    /// <summary>A duration in French: whole years as years ("5 ans"), otherwise months ("18 mois").</summary>
    public static string Duration(int months) => months % 12 == 0 && months > 0 ? (months == 12 ? "1 an" : $"{months / 12} ans") : $"{months} mois";
}
