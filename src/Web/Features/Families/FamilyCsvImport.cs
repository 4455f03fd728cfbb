using System.Globalization;
using System.Text.RegularExpressions;
using CsvHelper;
using CsvHelper.Configuration;
using DossierFamille.Web.Features.Accounts;

namespace DossierFamille.Web.Features.Families;

/// <summary>
/// Reads the mairie's CSV of families, one line per responsable:
/// <c>reference;famille;parents_separes;qualite;prenom;nom;email;identifiant</c>.
/// Every line is checked before anything is created; the report names each bad line.
/// </summary>
public static partial class FamilyCsvImport
{
    public const string Header = "reference;famille;parents_separes;qualite;prenom;nom;email;identifiant";

    public static FamilyCsvParseResult Parse(TextReader reader)
    {
        var configuration = new CsvConfiguration(CultureInfo.InvariantCulture)
        {
            Delimiter = ";",
            HasHeaderRecord = true,
            TrimOptions = TrimOptions.Trim,
            BadDataFound = null,
            MissingFieldFound = null,
            DetectDelimiter = false,
        };
        using var csv = new CsvReader(reader, configuration);
        var errors = new List<string>();
        var rows = new List<(int Line, string Reference, string Family, bool Separated, NewResponsable Person)>();
        if (!csv.Read() || !csv.ReadHeader() || !string.Join(';', csv.HeaderRecord ?? []).Equals(Header, StringComparison.OrdinalIgnoreCase))
        {
            return new FamilyCsvParseResult([], [$"La première ligne doit être exactement : {Header}"]);
        }

        while (csv.Read())
        {
            var line = csv.Parser.RawRow;
            var fields = csv.Parser.Record ?? [];
            if (fields.All(string.IsNullOrWhiteSpace))
            {
                continue;
            }

            var row = ParseRow(line, fields, errors);
            if (row is not null)
            {
                rows.Add(row.Value);
            }
        }

        CheckDuplicates(rows.Select(r => (r.Line, r.Person.UserName)), "L'identifiant", errors);
        var families = new List<NewFamily>();
        foreach (var group in rows.GroupBy(r => r.Reference, StringComparer.OrdinalIgnoreCase))
        {
            if (group.Select(r => r.Family).Distinct(StringComparer.Ordinal).Count() > 1 || group.Select(r => r.Separated).Distinct().Count() > 1)
            {
                errors.Add($"Famille {group.Key} : le nom de famille et « parents_separes » doivent être identiques sur toutes ses lignes (lignes {string.Join(", ", group.Select(r => r.Line))}).");
                continue;
            }

            families.Add(new NewFamily(group.Key, group.First().Family, group.First().Separated, [.. group.Select(r => r.Person)]));
        }

        return errors.Count > 0 ? new FamilyCsvParseResult([], errors) : new FamilyCsvParseResult(families, []);
    }

    private static (int Line, string Reference, string Family, bool Separated, NewResponsable Person)? ParseRow(int line, string[] fields, List<string> errors)
    {
        if (fields.Length != 8)
        {
            errors.Add($"Ligne {line} : 8 colonnes attendues séparées par « ; », {fields.Length} trouvée(s).");
            return null;
        }

        var problems = new List<string>();
        var (reference, family, separated, quality, firstName, lastName, email, userName) = (fields[0], fields[1], fields[2], fields[3], fields[4], fields[5], fields[6], fields[7]);
        if (!ReferencePattern().IsMatch(reference))
        {
            problems.Add("référence vide ou invalide");
        }

        if (family.Length == 0 || firstName.Length == 0 || lastName.Length == 0)
        {
            problems.Add("famille, prénom et nom sont obligatoires");
        }

        var isSeparated = separated.ToUpperInvariant() switch
        {
            "OUI" => true,
            "NON" or "" => false,
            _ => (bool?)null,
        };
        if (isSeparated is null)
        {
            problems.Add($"parents_separes doit valoir OUI ou NON (« {separated} »)");
        }

        var parsedQuality = quality.ToUpperInvariant() switch
        {
            "MERE" => ResponsableQuality.Mere,
            "PERE" => ResponsableQuality.Pere,
            "AUTRE" => ResponsableQuality.Autre,
            _ => (ResponsableQuality?)null,
        };
        if (parsedQuality is null)
        {
            problems.Add($"qualité « {quality} » inconnue (MERE, PERE ou AUTRE)");
        }

        var (emails, emailError) = EmailAddresses.Parse(email);
        if (emailError is not null)
        {
            problems.Add(emailError);
        }

        if (!UserNamePattern().IsMatch(userName))
        {
            problems.Add($"identifiant « {userName} » invalide (lettres, chiffres, points et tirets, 3 à 64 caractères)");
        }

        if (problems.Count > 0)
        {
            errors.Add($"Ligne {line} : {string.Join(" ; ", problems)}.");
            return null;
        }

        return (line, reference, family, isSeparated!.Value, new NewResponsable(parsedQuality!.Value, firstName, lastName, emails, userName));
    }

    private static void CheckDuplicates(IEnumerable<(int Line, string Value)> values, string label, List<string> errors)
    {
        foreach (var duplicate in values.GroupBy(v => v.Value, StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1))
        {
            errors.Add($"{label} « {duplicate.Key} » apparaît plusieurs fois (lignes {string.Join(", ", duplicate.Select(d => d.Line))}).");
        }
    }

    [GeneratedRegex("^[A-Za-z0-9-]{1,40}$")]
    private static partial Regex ReferencePattern();

    [GeneratedRegex("^[A-Za-z0-9._-]{3,64}$")]
    private static partial Regex UserNamePattern();
}
