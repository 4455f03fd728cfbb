namespace DossierFamille.Web.Features.Campaigns;

/// <summary>The next stage of a campaign (<see cref="CampaignStage"/>) and, when waiting, until when.</summary>
public sealed record CampaignStep(string Stage, DateTimeOffset? WaitUntil);
