using Microsoft.AspNetCore.Http.HttpResults;

namespace DossierFamille.Web.Components.Shared;

/// <summary>
/// After a plain form post: back to the page, which shows the French error or the confirmation
/// (<see cref="FormOutcomeNotice"/> reads the same query string).
/// </summary>
internal static class FormOutcome
{
    public static RedirectHttpResult Back(string path, string? error) =>
        TypedResults.LocalRedirect(error is null ? $"{path}?enregistre=true" : $"{path}?erreur={Uri.EscapeDataString(error)}");
}
