using System.Text.RegularExpressions;

namespace DossierFamille.Web.Tests.Features.Reservations.Admin;

/// <summary>
/// Reads the fields a browser would post from a server-rendered form: inputs (checkboxes and radios
/// only when checked), the selected option of each select, textareas. The test then changes what a
/// person would change and posts the whole form.
/// </summary>
internal static partial class HtmlForm
{
    /// <summary>The fields whose names start with <paramref name="prefix"/> in the (decoded) page.</summary>
    public static Dictionary<string, string> Fields(string html, string prefix)
    {
        var fields = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (Match input in Input().Matches(html))
        {
            var attributes = Attribute().Matches(input.Value).ToDictionary(a => a.Groups[1].Value, a => a.Groups[2].Value, StringComparer.Ordinal);
            if (!attributes.TryGetValue("name", out var name) || !name.StartsWith(prefix, StringComparison.Ordinal))
            {
                continue;
            }

            var type = attributes.GetValueOrDefault("type");
            if (type is "checkbox" or "radio" && !attributes.ContainsKey("checked"))
            {
                continue;
            }

            fields[name] = attributes.GetValueOrDefault("value") ?? string.Empty;
        }

        foreach (Match select in Select().Matches(html).Where(m => m.Groups[1].Value.StartsWith(prefix, StringComparison.Ordinal)))
        {
            var selected = Option().Matches(select.Groups[2].Value).FirstOrDefault(o => o.Value.Contains(" selected", StringComparison.Ordinal));
            fields[select.Groups[1].Value] = selected?.Groups[1].Value ?? Option().Match(select.Groups[2].Value).Groups[1].Value;
        }

        foreach (Match textarea in TextArea().Matches(html).Where(m => m.Groups[1].Value.StartsWith(prefix, StringComparison.Ordinal)))
        {
            fields[textarea.Groups[1].Value] = textarea.Groups[2].Value;
        }

        return fields;
    }

    [GeneratedRegex("<input\\b[^>]*>")]
    private static partial Regex Input();

    [GeneratedRegex("\\s([\\w-]+)(?:=\"([^\"]*)\")?")]
    private static partial Regex Attribute();

    [GeneratedRegex("<select\\b[^>]*\\sname=\"([^\"]+)\"[^>]*>(.*?)</select>", RegexOptions.Singleline)]
    private static partial Regex Select();

    [GeneratedRegex("<option\\b[^>]*\\svalue=\"([^\"]*)\"[^>]*>")]
    private static partial Regex Option();

    [GeneratedRegex("<textarea\\b[^>]*\\sname=\"([^\"]+)\"[^>]*>(.*?)</textarea>", RegexOptions.Singleline)]
    private static partial Regex TextArea();
}
