namespace DossierFamille.Web.Features.Commune;

public sealed class PortalOptions
{
    public const string SectionName = "Portal";

    /// <summary>The address parents use, for links in emails. Empty: the current request's.</summary>
    public string? PublicBaseUrl { get; set; }
}
