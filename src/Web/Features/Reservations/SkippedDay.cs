namespace DossierFamille.Web.Features.Reservations;

/// <summary>A day a change or a copy could not take, and why (French).</summary>
public sealed record SkippedDay(DateOnly Day, string Activity, string Reason)
{
    public const char Separator = '|';

    /// <summary>"2026-01-05|APS MATIN|Fermé : …", carried in the redirect's query string.</summary>
    public string Encode() => $"{BookingFormat.Iso(Day)}{Separator}{Activity}{Separator}{Reason}";

    public static SkippedDay? Decode(string value)
    {
        var parts = value.Split(Separator, 3);
        return parts.Length == 3 && BookingFormat.ParseIso(parts[0]) is { } day ? new SkippedDay(day, parts[1], parts[2]) : null;
    }
}
