using System.Globalization;
using System.Text;

namespace DossierFamille.Web.Features.Settings;

/// <summary>"Copie du PAI" → "copie-du-pai": a stable code made from a French label.</summary>
internal static class Slug
{
    public static string From(string label)
    {
        var builder = new StringBuilder();
        foreach (var c in label.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            builder.Append(char.IsAsciiLetterOrDigit(c) ? char.ToLowerInvariant(c) : '-');
        }

        var slug = string.Join('-', builder.ToString().Split('-', StringSplitOptions.RemoveEmptyEntries));
        return slug.Length <= 60 ? slug : slug[..60].TrimEnd('-');
    }
}
