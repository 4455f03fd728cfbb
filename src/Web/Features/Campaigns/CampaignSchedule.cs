using DossierFamille.Web.Features.Commune;

namespace DossierFamille.Web.Features.Campaigns;

/// <summary>
/// The calendar of a campaign's emails: the opening email on the opening date, then a reminder
/// every <see cref="Campaign.ReminderIntervalDays"/> days after the last email (read again each time,
/// so a changed interval applies to the next one), at the configured local time, as long as the
/// reminder's date is not after the closing date. The campaign ends the day after its closing date.
/// </summary>
public static class CampaignSchedule
{
    public static CampaignStep Next(Campaign campaign, DateTimeOffset? openingSentAt, DateTimeOffset? lastReminderAt, DateTimeOffset now, CampaignOptions options)
    {
        ArgumentNullException.ThrowIfNull(campaign);
        ArgumentNullException.ThrowIfNull(options);
        var zone = options.Zone;
        var end = End(campaign, zone);
        if (now >= end)
        {
            return new CampaignStep(CampaignStage.Finished, null);
        }

        if (openingSentAt is null)
        {
            var opening = At(campaign.OpensOn, options.EmailTime, zone);
            return now >= opening ? new CampaignStep(CampaignStage.Opening, null) : new CampaignStep(CampaignStage.Waiting, opening);
        }

        var last = lastReminderAt ?? openingSentAt.Value;
        var next = At(LocalDate(last, zone).AddDays(campaign.ReminderIntervalDays), options.EmailTime, zone);
        if (next >= end)
        {
            return new CampaignStep(CampaignStage.Waiting, end);
        }

        return now >= next ? new CampaignStep(CampaignStage.Reminder, null) : new CampaignStep(CampaignStage.Waiting, next);
    }

    /// <summary>The campaign is over at the start of the day after its closing date.</summary>
    public static DateTimeOffset End(Campaign campaign, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(campaign);
        return At(campaign.ClosesOn.AddDays(1), TimeOnly.MinValue, zone);
    }

    /// <summary>The instant of a local date and time in the commune's zone (a time skipped by a clock change moves one hour later).</summary>
    public static DateTimeOffset At(DateOnly date, TimeOnly time, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(zone);
        var local = date.ToDateTime(time, DateTimeKind.Unspecified);
        if (zone.IsInvalidTime(local))
        {
            local = local.AddHours(1);
        }

        return new DateTimeOffset(TimeZoneInfo.ConvertTimeToUtc(local, zone), TimeSpan.Zero);
    }

    public static DateOnly LocalDate(DateTimeOffset instant, TimeZoneInfo zone) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(instant, zone).DateTime);
}
