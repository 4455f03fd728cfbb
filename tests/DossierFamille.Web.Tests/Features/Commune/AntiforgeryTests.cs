using System.Net;
using DossierFamille.Web.Features.Accounts;
using DossierFamille.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Patterns;
using Microsoft.Extensions.DependencyInjection;

namespace DossierFamille.Web.Tests.Features.Commune;

/// <summary>No state-changing request is accepted without the antiforgery token, whatever the endpoint binds.</summary>
public sealed class AntiforgeryTests(SqlitePortal portal) : IClassFixture<SqlitePortal>
{
    /// <summary>The portal's French 400 page, or the API's problem+json.</summary>
    private static bool IsRefusal(string body) =>
        body.Contains("<h1>Demande incorrecte</h1>", StringComparison.Ordinal) || body.Contains("\"status\":400", StringComparison.Ordinal);

    [Fact]
    public async Task Every_endpoint_but_get_refuses_a_signed_in_request_without_an_antiforgery_token()
    {
        var admin = PortalClient.For(portal);
        await admin.SignInAsync(await portal.CreateStaffAsync(Roles.Admin), TestFamily.Password);
        var endpoints = portal.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .SelectMany(e => (e.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? [])
                .Where(m => !HttpMethods.IsGet(m) && !HttpMethods.IsHead(m))
                .Select(m => (Method: m, Url: UrlOf(e.RoutePattern))))
            .Distinct().ToList();
        Assert.Contains(("POST", "/compte/deconnexion"), endpoints);
        Assert.Contains(("POST", "/dossier/fiches/1/pieces"), endpoints);
        Assert.Contains(("POST", "/api/workflows/definitions/x/publish"), endpoints);

        var accepted = new List<string>();
        foreach (var (method, url) in endpoints)
        {
            using var request = new HttpRequestMessage(new HttpMethod(method), url) { Content = new FormUrlEncodedContent([]) };
            using var response = await admin.Http.SendAsync(request);
            var body = await response.Content.ReadAsStringAsync();
            if (response.StatusCode != HttpStatusCode.BadRequest || !IsRefusal(body))
            {
                accepted.Add($"{method} {url} answered {(int)response.StatusCode}");
            }
        }

        Assert.Empty(accepted);
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync("/admin")).StatusCode);
    }

    [Fact]
    public async Task The_workflow_api_accepts_a_post_carrying_the_pages_token_in_its_header()
    {
        var admin = PortalClient.For(portal);
        await admin.SignInAsync(await portal.CreateStaffAsync(Roles.Admin), TestFamily.Password);

        using var withoutToken = await admin.Http.PostAsync(new Uri("/api/workflows/definitions/inconnu/retract", UriKind.Relative), null);
        using var withToken = await admin.ApiPostAsync("/admin/workflows", "/api/workflows/definitions/inconnu/retract");

        Assert.Equal(HttpStatusCode.BadRequest, withoutToken.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, withToken.StatusCode);
    }

    private static string UrlOf(RoutePattern pattern) =>
        "/" + string.Join('/', pattern.PathSegments.Select(s => string.Concat(s.Parts.Select(PartOf))));

    private static string PartOf(RoutePatternPart part) => part switch
    {
        RoutePatternLiteralPart literal => literal.Content,
        RoutePatternSeparatorPart separator => separator.Content,
        RoutePatternParameterPart parameter when parameter.ParameterPolicies.Any(p => p.Content is "int" or "long") => "1",
        RoutePatternParameterPart parameter when parameter.ParameterPolicies.Any(p => p.Content == "guid") => Guid.NewGuid().ToString(),
        _ => "x",
    };
}
