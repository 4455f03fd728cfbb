namespace DossierFamille.Web.Features.Campaigns;

/// <summary>What the "Campagne annuelle" workflow does next; the values are the workflow variable "etape".</summary>
public static class CampaignStage
{
    public const string Waiting = "attente";
    public const string Opening = "ouverture";
    public const string Reminder = "relance";
    public const string Finished = "terminee";
}
