using DossierFamille.Web.Features.Campaigns;

namespace DossierFamille.Web.Features.Reservations;

/// <summary>The next instant a local time of day comes in the commune's zone (a time skipped by a clock change moves one hour later).</summary>
internal static class BookingProcessingSchedule
{
    public static DateTimeOffset Next(TimeOnly localTime, DateTimeOffset after, TimeZoneInfo zone)
    {
        var today = CampaignSchedule.LocalDate(after, zone);
        var at = CampaignSchedule.At(today, localTime, zone);
        return at > after ? at : CampaignSchedule.At(today.AddDays(1), localTime, zone);
    }
}
