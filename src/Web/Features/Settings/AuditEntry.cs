namespace DossierFamille.Web.Features.Settings;

/// <summary>One change an admin made to what "the commune decides": who, when, what.</summary>
public sealed class AuditEntry
{
    public long Id { get; set; }

    public DateTimeOffset At { get; set; }

    public required string Actor { get; set; }

    /// <summary>What was changed, e.g. "Pièces justificatives" or "Campagne 2026-2027".</summary>
    public required string Subject { get; set; }

    /// <summary>The change in French, e.g. "Pièce « Copie du PAI » désactivée".</summary>
    public required string Description { get; set; }
}
