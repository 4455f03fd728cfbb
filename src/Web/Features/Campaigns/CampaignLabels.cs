using DossierFamille.Web.Features.Commune;

namespace DossierFamille.Web.Features.Campaigns;

public static class CampaignLabels
{
    public static string State(Campaign campaign, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(campaign);
        return today < campaign.OpensOn ? "À venir" : today > campaign.ClosesOn ? "Terminée" : "Ouverte";
    }
}
