namespace DossierFamille.Web.Features.Dossier;

/// <summary>
/// A child whose fiches are all accepted and règlements all signed for a campaign: what the
/// booking module waits for (the engine signal "DossierComplet", correlated by child).
/// </summary>
public sealed class DossierComplet
{
    public int Id { get; set; }

    public int ChildId { get; set; }

    public int CampaignId { get; set; }

    public DateTimeOffset CompletedAt { get; set; }
}
