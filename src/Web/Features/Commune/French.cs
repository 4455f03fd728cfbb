namespace DossierFamille.Web.Features.Commune;

/// <summary>Small rules of written French for sentences built around people's names.</summary>
public static class French
{
    private const string Vowels = "aeiouyhàâäéèêëîïôöùûüœAEIOUYHÀÂÄÉÈÊËÎÏÔÖÙÛÜŒ";

    /// <summary>"de Lina", "d'Adam", "d'Hugo": the preposition before a name, elided before a vowel or a mute h.</summary>
    public static string Of(string name) => name.Length > 0 && Vowels.Contains(name[0], StringComparison.Ordinal) ? $"d'{name}" : $"de {name}";
}
