using System.Globalization;
using System.Text;

namespace DossierFamille.Storage.Intake;

/// <summary>
/// Turns a client file name into a name fit for display only: no path, no control or markup
/// characters, length capped with the extension kept. It is never used to name a blob.
/// </summary>
internal static class FileNameSanitizer
{
    public const int MaxLength = 100;
    private const string Fallback = "document";
    private const string Forbidden = "<>:\"/\\|?*`$";

    public static string Sanitize(string? fileName)
    {
        var name = (fileName ?? string.Empty).Normalize(NormalizationForm.FormC).Replace('\\', '/');
        name = name[(name.LastIndexOf('/') + 1)..];
        var builder = new StringBuilder(name.Length);
        foreach (var rune in name.EnumerateRunes())
        {
            var category = Rune.GetUnicodeCategory(rune);
            if (category is UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.Surrogate or UnicodeCategory.PrivateUse or UnicodeCategory.OtherNotAssigned
                || (rune.IsAscii && Forbidden.Contains((char)rune.Value, StringComparison.Ordinal)))
            {
                continue;
            }

            builder.Append(Rune.IsWhiteSpace(rune) ? " " : rune.ToString());
        }

        var clean = builder.ToString().Trim().Trim('.', ' ');
        if (clean.Length == 0)
        {
            return Fallback;
        }

        return clean.Length <= MaxLength ? clean : Shorten(clean);
    }

    public static string ExtensionOf(string displayName) => Path.GetExtension(displayName).ToLowerInvariant();

    private static string Shorten(string name)
    {
        var extension = Path.GetExtension(name);
        if (extension.Length > 10)
        {
            extension = string.Empty;
        }

        var stem = name[..^extension.Length];
        var keep = MaxLength - extension.Length;
        // Cut on a text-element boundary so no accent or emoji is split in half.
        var end = StringInfo.ParseCombiningCharacters(stem).Where(index => index <= keep).DefaultIfEmpty(0).Max();
        return stem[..end].TrimEnd() + extension;
    }
}
