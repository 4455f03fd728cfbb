using System.ComponentModel.DataAnnotations;
using System.Globalization;
using System.Reflection;
using System.Text.Json;

namespace DossierFamille.Web.Features.Dossier;

/// <summary>Reads, validates and compares the JSON content of a fiche, whatever its kind.</summary>
public static class FicheContent
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static ResponsableData Responsable(Fiche fiche) => JsonSerializer.Deserialize<ResponsableData>(fiche.DataJson, Json) ?? new();

    public static EnfantData Enfant(Fiche fiche) => JsonSerializer.Deserialize<EnfantData>(fiche.DataJson, Json) ?? new();

    public static string Serialize(object data) => JsonSerializer.Serialize(data, data.GetType(), Json);

    public static object Read(FicheKind kind, string json) => kind switch
    {
        FicheKind.Responsable => JsonSerializer.Deserialize<ResponsableData>(json, Json) ?? new ResponsableData(),
        FicheKind.Enfant => JsonSerializer.Deserialize<EnfantData>(json, Json) ?? new EnfantData(),
        _ => JsonSerializer.Deserialize<AutreResponsableData>(json, Json) ?? new AutreResponsableData(),
    };

    /// <summary>The French errors that block the transmission of the content.</summary>
    public static IReadOnlyList<string> Validate(object data) => [.. ValidationResults(data).Select(r => r.ErrorMessage ?? "Valeur invalide.")];

    /// <summary>The same errors with the fields they concern, to show each one under its field.</summary>
    public static IReadOnlyList<ValidationResult> ValidationResults(object data)
    {
        var results = new List<ValidationResult>();
        Validator.TryValidateObject(data, new ValidationContext(data), results, validateAllProperties: true);
        return results;
    }

    /// <summary>Each field as the gestionnaire reads it, with last year's accepted value when it differs.</summary>
    public static IReadOnlyList<FicheFieldChange> Compare(FicheKind kind, string current, string? previous)
    {
        var now = Read(kind, current);
        var before = previous is null ? null : Read(kind, previous);
        return [.. now.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance).Select(p =>
        {
            var value = Format(p.GetValue(now));
            var old = before is null ? null : Format(p.GetValue(before));
            return new FicheFieldChange(p.GetCustomAttribute<DisplayAttribute>()?.Name ?? p.Name, value, old, before is not null && old != value);
        })];
    }

    private static string Format(object? value) => value switch
    {
        null => "",
        bool b => b ? "Oui" : "Non",
        IEnumerable<object> items => string.Join(" ; ", items),
        DateOnly d => d.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };
}
