using System.Globalization;
using System.Text.RegularExpressions;

namespace DossierFamille.Web.Features.Campaigns;

/// <summary>The rules of a campaign's school year, dates and reminder interval, with the French messages the admin reads.</summary>
public static partial class CampaignRules
{
    public const int MaxReminderIntervalDays = 365;

    public static IReadOnlyList<string> Validate(CampaignInput input, bool creating)
    {
        ArgumentNullException.ThrowIfNull(input);
        var errors = new List<string>();
        if (creating)
        {
            var year = input.SchoolYear?.Trim();
            if (string.IsNullOrEmpty(year))
            {
                errors.Add("Indiquez l'année scolaire, par exemple 2027-2028.");
            }
            else if (!IsSchoolYear(year))
            {
                errors.Add($"L'année scolaire « {year} » doit s'écrire sous la forme 2027-2028 (deux années qui se suivent).");
            }
        }

        if (input.OpensOn is null)
        {
            errors.Add("Indiquez la date d'ouverture.");
        }

        if (input.ClosesOn is null)
        {
            errors.Add("Indiquez la date de clôture.");
        }

        if (input.OpensOn is { } opens && input.ClosesOn is { } closes && closes <= opens)
        {
            errors.Add($"La date de clôture ({Format(closes)}) doit être postérieure à la date d'ouverture ({Format(opens)}).");
        }

        switch (input.ReminderIntervalDays)
        {
            case null:
                errors.Add("Indiquez l'intervalle de relance en jours.");
                break;
            case < 1:
                errors.Add("L'intervalle de relance doit être d'au moins 1 jour.");
                break;
            case > MaxReminderIntervalDays:
                errors.Add($"L'intervalle de relance ne peut pas dépasser {MaxReminderIntervalDays} jours.");
                break;
        }

        return errors;
    }

    public static bool IsSchoolYear(string text)
    {
        var match = SchoolYearPattern().Match(text);
        return match.Success
            && int.Parse(match.Groups[2].Value, CultureInfo.InvariantCulture) == int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture) + 1;
    }

    public static string Format(DateOnly date) => date.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);

    [GeneratedRegex(@"^(\d{4})-(\d{4})$")]
    private static partial Regex SchoolYearPattern();
}
