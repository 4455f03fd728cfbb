using Microsoft.Extensions.Options;

namespace DossierFamille.Web.Features.Commune;

/// <summary>Absolute links for emails, from configuration or from the current request.</summary>
public sealed class PortalLinks(IOptions<PortalOptions> options, IHttpContextAccessor http)
{
    public string Absolute(string relative)
    {
        var configured = options.Value.PublicBaseUrl;
        var request = http.HttpContext?.Request;
        var baseUrl = !string.IsNullOrEmpty(configured)
            ? configured
            : request is null ? "http://localhost:5000" : $"{request.Scheme}://{request.Host}{request.PathBase}";
        return baseUrl.TrimEnd('/') + "/" + relative.TrimStart('/');
    }
}
