using DossierFamille.Web.Data;
using DossierFamille.Workflows;

namespace DossierFamille.Web.Features.Campaigns;

/// <summary>The yearly registration campaigns: the admins' page and the "Campagne annuelle" workflow.</summary>
internal static class CampaignsModule
{
    public const string AdminPath = "/admin/campagnes";

    public static string EditPath(int campaignId) => $"{AdminPath}/{campaignId}";

    /// <summary>Register after the workflows module: the start-up seeder needs the published "Campagne annuelle".</summary>
    public static IServiceCollection AddCampaigns(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<CampaignOptions>().Bind(configuration.GetSection(CampaignOptions.SectionName))
            .Validate(o => CampaignOptions.IsKnownTimeZone(o.TimeZone), "Campagnes:TimeZone n'est pas un fuseau horaire connu (ex. Europe/Paris).")
            .ValidateOnStart();
        new WorkflowsBuilder(services).AddActivity<ReadCampaignActivity>().AddActivity<EmailFamiliesActivity>();
        services.AddScoped<CampaignAdmin>();
        services.AddScoped<CampaignWorkflows>();
        services.AddScoped<IDataSeeder, CampaignWorkflowsSeeder>();
        return services;
    }
}
