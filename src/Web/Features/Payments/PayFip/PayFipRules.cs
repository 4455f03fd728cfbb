using System.Globalization;
using System.Text;

namespace DossierFamille.Web.Features.Payments.PayFip;

/// <summary>What PayFiP accepts in the fields the portal composes.</summary>
public static class PayFipRules
{
    public const int ObjetMaxLength = 100;

    /// <summary>A debt reference: 6 to 30 letters and digits.</summary>
    public static bool IsValidRefdet(string? refdet) =>
        refdet is { Length: >= 6 and <= 30 } && refdet.All(char.IsAsciiLetterOrDigit);

    public static void EnsureRefdet(string refdet)
    {
        if (!IsValidRefdet(refdet))
        {
            throw new ArgumentException($"« {refdet} » n'est pas une référence de dette PayFiP (6 à 30 lettres et chiffres).", nameof(refdet));
        }
    }

    /// <summary>The object as PayFiP takes it: letters without accents, digits and single spaces, at most 100 characters.</summary>
    public static string Objet(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var plain = new StringBuilder(text.Length);
        foreach (var c in text.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            var kept = char.IsAsciiLetterOrDigit(c) ? c : ' ';
            if (kept != ' ' || (plain.Length > 0 && plain[^1] != ' '))
            {
                plain.Append(kept);
            }
        }

        var result = plain.ToString().Trim();
        return result.Length <= ObjetMaxLength ? result : result[..ObjetMaxLength].TrimEnd();
    }
}
