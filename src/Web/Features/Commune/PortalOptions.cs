namespace DossierFamille.Web.Features.Commune;

public sealed class PortalOptions
{
    public const string SectionName = "Portal";

    /// <summary>
    /// The address parents use (e.g. https://famille.carteville.fr), for links in emails and the
    /// allowed Host names. Required outside Development; there, empty means the listening address.
    /// </summary>
    public string? PublicBaseUrl { get; set; }

    public bool IsValid(bool development) =>
        string.IsNullOrEmpty(PublicBaseUrl)
            ? development
            : Uri.TryCreate(PublicBaseUrl, UriKind.Absolute, out var uri) && uri.Scheme is "https" or "http";
}
