using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Options;

namespace DossierFamille.Web.Features.Commune;

/// <summary>
/// Absolute links for emails: the configured public address, or in Development the address the
/// portal listens on. Never the request's Host header, which anyone can set.
/// </summary>
public sealed class PortalLinks(IOptions<PortalOptions> options, IServer server)
{
    public string Absolute(string relative) => BaseUrl().TrimEnd('/') + "/" + relative.TrimStart('/');

    private string BaseUrl()
    {
        if (options.Value.PublicBaseUrl is { Length: > 0 } configured)
        {
            return configured;
        }

        var listening = server.Features.Get<IServerAddressesFeature>()?.Addresses.FirstOrDefault()
            ?? throw new InvalidOperationException($"{PortalOptions.SectionName}:PublicBaseUrl is empty and the server listens on no known address.");
        var address = new UriBuilder(listening.Replace("://+", "://localhost", StringComparison.Ordinal).Replace("://*", "://localhost", StringComparison.Ordinal));
        if (address.Host is "0.0.0.0" or "[::]")
        {
            address.Host = "localhost";
        }

        return address.Uri.GetLeftPart(UriPartial.Authority);
    }
}
