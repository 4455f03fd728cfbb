namespace DossierFamille.Web.Features.Campaigns;

/// <summary>What the admin types for a campaign; checked by <see cref="CampaignRules"/>.</summary>
public sealed class CampaignInput
{
    /// <summary>"2027-2028"; fixed once the campaign exists (its workflow is correlated by it).</summary>
    public string? SchoolYear { get; set; }

    public DateOnly? OpensOn { get; set; }

    public DateOnly? ClosesOn { get; set; }

    public int? ReminderIntervalDays { get; set; } = 7;
}
