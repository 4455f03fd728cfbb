namespace DossierFamille.Web.Features.Dossier;

/// <summary>The history of a fiche: saved, transmitted, accepted, refused (with the motif), by whom and when.</summary>
public sealed class FicheEvent
{
    public long Id { get; set; }

    public int FicheId { get; set; }

    public DateTimeOffset At { get; set; }

    public required string Actor { get; set; }

    public required string Action { get; set; }

    public string? Detail { get; set; }
}
