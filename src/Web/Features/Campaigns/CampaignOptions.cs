namespace DossierFamille.Web.Features.Campaigns;

/// <summary>When the campaign emails go out, section "Campagnes"; validated at start-up.</summary>
public sealed class CampaignOptions
{
    public const string SectionName = "Campagnes";

    /// <summary>The commune's time zone: dates of the campaigns are local dates.</summary>
    public string TimeZone { get; set; } = "Europe/Paris";

    /// <summary>Local time of day of the opening email and of the reminders.</summary>
    public TimeOnly EmailTime { get; set; } = new(8, 0);

    public TimeZoneInfo Zone => TimeZoneInfo.FindSystemTimeZoneById(TimeZone);

    public static bool IsKnownTimeZone(string? id) => !string.IsNullOrWhiteSpace(id) && TimeZoneInfo.TryFindSystemTimeZoneById(id, out _);
}
