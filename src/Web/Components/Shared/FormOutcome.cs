using Microsoft.AspNetCore.Http.HttpResults;

namespace DossierFamille.Web.Components.Shared;

/// <summary>
/// After a plain form post: back to the page, which shows the French error or the confirmation
/// (<see cref="FormOutcomeNotice"/> reads the same query string).
/// </summary>
internal static class FormOutcome
{
    public static RedirectHttpResult Back(string path, string? error) => Back(path, error, new Dictionary<string, string?>());

    /// <summary>On an error, the values the person typed go back too, so that the form shows them again.</summary>
    public static RedirectHttpResult Back(string path, string? error, IReadOnlyDictionary<string, string?> typed) =>
        TypedResults.LocalRedirect(error is null
            ? $"{path}?enregistre=true"
            : $"{path}?erreur={Uri.EscapeDataString(error)}{string.Concat(typed.Where(v => !string.IsNullOrEmpty(v.Value)).Select(v => $"&{v.Key}={Uri.EscapeDataString(v.Value!)}"))}");
}
