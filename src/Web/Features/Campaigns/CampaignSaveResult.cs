using DossierFamille.Web.Features.Commune;

namespace DossierFamille.Web.Features.Campaigns;

/// <summary>The campaign saved (null when refused), the French errors, and the changes recorded in the audit log.</summary>
public sealed record CampaignSaveResult(Campaign? Campaign, IReadOnlyList<string> Errors, IReadOnlyList<string> Changes)
{
    public bool Succeeded => Errors.Count == 0;

    public static CampaignSaveResult Refused(params string[] errors) => new(null, errors, []);

    public static CampaignSaveResult Refused(IReadOnlyList<string> errors) => new(null, errors, []);
}
