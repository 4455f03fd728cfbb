namespace DossierFamille.Web.Tests.Infrastructure;

public static class RedirectExtensions
{
    /// <summary>The path (and query) a redirect points to, whether the Location is absolute or relative.</summary>
    public static string? RedirectPath(this HttpResponseMessage response)
    {
        var location = response.Headers.Location;
        return location is null ? null : location.IsAbsoluteUri ? location.PathAndQuery : location.OriginalString;
    }
}
