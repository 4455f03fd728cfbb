namespace DossierFamille.Web.Features.Campaigns;

/// <summary>The yearly registration campaigns: the admins' page and the "Campagne annuelle" workflow.</summary>
internal static class CampaignsModule
{
    public const string AdminPath = "/admin/campagnes";

    public static string EditPath(int campaignId) => $"{AdminPath}/{campaignId}";

    public static IServiceCollection AddCampaigns(this IServiceCollection services)
    {
        services.AddScoped<CampaignAdmin>();
        return services;
    }
}
