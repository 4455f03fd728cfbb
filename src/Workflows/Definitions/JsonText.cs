using System.Diagnostics.CodeAnalysis;
using System.Text.Json;

namespace DossierFamille.Workflows.Definitions;

/// <summary>Deserializes JSON written by people (admins, designer, callers) and explains a failure in French.</summary>
internal static class JsonText
{
    /// <summary>
    /// Reads <paramref name="json"/> as a <typeparamref name="T"/> object; on failure <paramref name="error"/> starts with
    /// "JSON invalide" and names the line, the position and, for a value of the wrong type, the field.
    /// </summary>
    public static bool TryRead<T>(string json, JsonSerializerOptions options, [NotNullWhen(true)] out T? value, [NotNullWhen(false)] out string? error)
        where T : class
    {
        value = null;
        if (string.IsNullOrWhiteSpace(json))
        {
            error = "JSON invalide : le document est vide.";
            return false;
        }

        try
        {
            value = JsonSerializer.Deserialize<T>(json, options);
        }
        catch (JsonException ex)
        {
            error = Describe(ex);
            return false;
        }

        error = value is null ? "JSON invalide : un objet JSON est attendu, pas null." : null;
        return value is not null;
    }

    private static string Describe(JsonException ex)
    {
        var where = ex.LineNumber is { } line ? $" (ligne {line + 1}, position {ex.BytePositionInLine + 1})" : "";

        // A syntax error comes wrapped (the reader's exception is a JsonException too); a value of the wrong type does not.
        if (ex.InnerException is JsonException)
        {
            return $"JSON invalide{where} : le texte n'est pas du JSON bien formé (guillemet, virgule, accolade ou crochet manquant ou en trop).";
        }

        var field = ex.Path is { Length: > 2 } path && path.StartsWith("$.", StringComparison.Ordinal) ? path[2..] : null;
        return field is null
            ? $"JSON invalide{where} : un objet JSON est attendu."
            : $"JSON invalide{where} : « {field} » n'a pas le type attendu.";
    }
}
