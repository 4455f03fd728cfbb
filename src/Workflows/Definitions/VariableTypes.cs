using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace DossierFamille.Workflows.Definitions;

/// <summary>
/// A variable's declared type (Elsa's names: <c>Int32</c>, <c>Double</c>, <c>Boolean</c>, <c>String</c>, <c>Object</c>,
/// <c>Int32[]</c>…, with or without <c>System.</c>) applied to a value written as text (<c>"0"</c>), so that an Int32
/// variable starts as the number 0 and <c>variables.Compteur + 1</c> gives 1, not "01".
/// </summary>
internal static class VariableTypes
{
    /// <summary>The value in its declared type; a text that is not of that type is kept as text (<paramref name="mismatch"/>).</summary>
    public static JsonNode? Convert(JsonNode? value, string? type, out bool mismatch)
    {
        mismatch = false;
        if (value is not JsonValue raw || !raw.TryGetValue<string>(out var text) || string.IsNullOrEmpty(type))
        {
            return value?.DeepClone();
        }

        var name = type.Replace("System.", "", StringComparison.Ordinal);
        if (text.Length == 0)
        {
            return null;
        }

        if (name.EndsWith("[]", StringComparison.Ordinal))
        {
            name = "Array";
        }

        switch (name.ToUpperInvariant())
        {
            case "INT16" or "INT32" or "INT64" or "BYTE":
                if (long.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var integer))
                {
                    return JsonValue.Create(integer);
                }

                break;
            case "DOUBLE" or "SINGLE" or "DECIMAL":
                if (decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var number))
                {
                    return JsonValue.Create(number);
                }

                break;
            case "BOOLEAN":
                if (bool.TryParse(text, out var flag))
                {
                    return JsonValue.Create(flag);
                }

                break;
            case "ARRAY" or "OBJECT" or "EXPANDOOBJECT" or "JSONOBJECT" or "JSONNODE":
                try
                {
                    return JsonNode.Parse(text);
                }
                catch (JsonException)
                {
                    return value.DeepClone();
                }

            default:
                return value.DeepClone();
        }

        mismatch = true;
        return value.DeepClone();
    }
}
