using DossierFamille.Web.Features.Campaigns;

namespace DossierFamille.Web.Features.Invoicing;

/// <summary>The next monthly run: the admin's day of the month at the admin's time, in the commune's zone.</summary>
internal static class InvoicingSchedule
{
    public static DateTimeOffset NextMonthly(int dayOfMonth, TimeOnly localTime, DateTimeOffset after, TimeZoneInfo zone)
    {
        var today = CampaignSchedule.LocalDate(after, zone);
        var thisMonth = CampaignSchedule.At(new DateOnly(today.Year, today.Month, dayOfMonth), localTime, zone);
        return thisMonth > after ? thisMonth : CampaignSchedule.At(new DateOnly(today.Year, today.Month, dayOfMonth).AddMonths(1), localTime, zone);
    }

    /// <summary>The month a run on <paramref name="today"/> invoices: the previous one (its first day).</summary>
    public static DateOnly MonthBilledOn(DateOnly today) => new DateOnly(today.Year, today.Month, 1).AddMonths(-1);
}
