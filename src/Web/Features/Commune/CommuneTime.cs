using System.Globalization;
using DossierFamille.Web.Features.Campaigns;
using Microsoft.Extensions.Options;

namespace DossierFamille.Web.Features.Commune;

/// <summary>
/// Every date and time people read, in the commune's zone (Campagnes:TimeZone) and French style: "30/11/2026 à 04:25";
/// sentences put "le" before it. Instants are stored in UTC; the server's own zone never shows.
/// </summary>
public sealed class CommuneTime(IOptions<CampaignOptions> options)
{
    private readonly TimeZoneInfo _zone = options.Value.Zone;

    public string DateAndTime(DateTimeOffset instant) => Local(instant).ToString("dd/MM/yyyy 'à' HH:mm", CultureInfo.InvariantCulture);

    public string DateAndTime(DateTimeOffset? instant) => instant is { } value ? DateAndTime(value) : "";

    /// <summary>A UTC <see cref="DateTime"/> (the workflow engine's columns).</summary>
    public string DateAndTime(DateTime utc) => DateAndTime(new DateTimeOffset(System.DateTime.SpecifyKind(utc, DateTimeKind.Utc)));

    public string DateAndTime(DateTime? utc) => utc is { } value ? DateAndTime(value) : "";

    public string Date(DateTimeOffset instant) => Local(instant).ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);

    /// <summary>The commune's calendar day at <paramref name="instant"/> ("today" with the TimeProvider's now).</summary>
    public DateOnly Day(DateTimeOffset instant) => DateOnly.FromDateTime(Local(instant).DateTime);

    /// <summary>The commune's calendar day of an instant.</summary>
    public DateOnly DayOf(DateTimeOffset instant) => DateOnly.FromDateTime(Local(instant).DateTime);

    /// <summary>The instant a calendar day of the commune begins (midnight there).</summary>
    public DateTimeOffset StartOf(DateOnly day) => new(TimeZoneInfo.ConvertTimeToUtc(day.ToDateTime(TimeOnly.MinValue), _zone), TimeSpan.Zero);

    /// <summary>A local date and time as a form posts it ("2026-11-23T10:15", the règlement's "fait le").</summary>
    public static string Typed(string local) =>
        System.DateTime.TryParseExact(local, "yyyy-MM-dd'T'HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var value)
            ? value.ToString("dd/MM/yyyy 'à' HH:mm", CultureInfo.InvariantCulture)
            : local;

    private DateTimeOffset Local(DateTimeOffset instant) => TimeZoneInfo.ConvertTime(instant, _zone);
}
