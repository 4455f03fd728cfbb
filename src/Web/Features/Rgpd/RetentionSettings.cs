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

    /// <summary>How families reach the commune's data protection officer (shown on the RGPD notice).</summary>
    public string? DpoContact { get; set; }
}
