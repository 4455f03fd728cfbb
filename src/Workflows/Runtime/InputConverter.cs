using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Xml;

namespace DossierFamille.Workflows.Runtime;

/// <summary>Converts an evaluated input (JSON) to the CLR type an activity asks for; strings are parsed leniently.</summary>
internal static class InputConverter
{
    public static T? Convert<T>(JsonNode? node)
    {
        if (node is null)
        {
            return default;
        }

        var target = Nullable.GetUnderlyingType(typeof(T)) ?? typeof(T);
        if (node is JsonValue value && value.TryGetValue<string>(out var text))
        {
            if (target == typeof(string))
            {
                return (T)(object)text;
            }

            if (string.IsNullOrWhiteSpace(text))
            {
                return default;
            }

            return (T)ParseText(text.Trim(), target);
        }

        if (target == typeof(string))
        {
            return (T)(object)node.ToJsonString();
        }

        return node.Deserialize<T>();
    }

    public static TimeSpan ParseDuration(string text) =>
        text.StartsWith('P') || text.StartsWith("-P", StringComparison.Ordinal)
            ? XmlConvert.ToTimeSpan(text)
            : TimeSpan.Parse(text, CultureInfo.InvariantCulture);

    private static object ParseText(string text, Type target) => target switch
    {
        _ when target == typeof(TimeSpan) => ParseDuration(text),
        _ when target == typeof(DateTime) => DateTime.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal),
        _ when target == typeof(DateTimeOffset) => DateTimeOffset.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal),
        _ when target == typeof(bool) => bool.Parse(text),
        _ when target == typeof(int) => int.Parse(text, CultureInfo.InvariantCulture),
        _ when target == typeof(long) => long.Parse(text, CultureInfo.InvariantCulture),
        _ when target == typeof(double) => double.Parse(text, CultureInfo.InvariantCulture),
        _ when target == typeof(Guid) => Guid.Parse(text, CultureInfo.InvariantCulture),
        _ when target.IsEnum => Enum.Parse(target, text, ignoreCase: true),
        _ => JsonSerializer.Deserialize(text, target) ?? throw new FormatException($"'{text}' cannot be read as {target.Name}."),
    };
}
