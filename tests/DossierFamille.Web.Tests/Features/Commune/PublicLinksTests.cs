using System.Net;
using System.Text.RegularExpressions;
using DossierFamille.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace DossierFamille.Web.Tests.Features.Commune;

/// <summary>Links in emails come from the configured public address, never from the request's Host header.</summary>
public sealed partial class PublicLinksTests(SqlitePortal portal) : IClassFixture<SqlitePortal>
{
    [Fact]
    public async Task A_reset_request_under_a_forged_host_is_refused_and_the_emailed_link_uses_the_public_address()
    {
        var family = await portal.CreateFamilyAsync();
        var client = PortalClient.For(portal);
        var html = await client.PageAsync("/compte/mot-de-passe-oublie");
        using var forged = new HttpRequestMessage(HttpMethod.Post, "/compte/mot-de-passe-oublie")
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["_handler"] = "forgot-password",
                ["__RequestVerificationToken"] = Token().Match(html).Groups[1].Value,
                ["Input.UserName"] = family.UserName,
                ["Input.Email"] = family.Email,
            }),
        };
        forged.Headers.Host = "evil.example";

        using var refused = await client.Http.SendAsync(forged);

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        await client.SubmitForPageAsync("/compte/mot-de-passe-oublie", "forgot-password", new Dictionary<string, string>
        {
            ["Input.UserName"] = family.UserName,
            ["Input.Email"] = family.Email,
        });
        var email = Assert.Single(await Maildev.WaitForAsync(family.Email, e => e.Subject == "Réinitialiser votre mot de passe"));
        Assert.StartsWith($"{PortalFactory.PublicBaseUrl}/compte/reinitialiser?", Link().Match(email.Text!).Value, StringComparison.Ordinal);
        Assert.DoesNotContain("evil.example", email.Html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Outside_development_the_portal_refuses_to_start_without_its_public_address()
    {
        await using var production = new ProductionPortal();

        var error = Assert.ThrowsAny<Exception>(() => production.CreateClient());

        Assert.Contains("Portal:PublicBaseUrl must be the absolute http(s) address parents use", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task In_development_without_a_public_address_links_use_the_address_the_portal_listens_on()
    {
        await using var development = new DevelopmentPortal();
        await development.InitializeAsync();
        var family = await development.CreateFamilyAsync();
        var listening = development.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        var client = new PortalClient(development.CreateClient());

        await client.SubmitForPageAsync("/compte/mot-de-passe-oublie", "forgot-password", new Dictionary<string, string>
        {
            ["Input.UserName"] = family.UserName,
            ["Input.Email"] = family.Email,
        });

        var email = Assert.Single(await Maildev.WaitForAsync(family.Email, e => e.Subject == "Réinitialiser votre mot de passe"));
        var link = new Uri(Link().Match(email.Text!).Value);
        Assert.Equal(new Uri(listening).Port, link.Port);
        Assert.True(link.IsLoopback, link.ToString());
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex Token();

    [GeneratedRegex(@"https?://\S+/compte/reinitialiser\?\S+")]
    private static partial Regex Link();

    private sealed class ProductionPortal : SqlitePortal
    {
        protected override IEnumerable<KeyValuePair<string, string?>> Settings => [new("Portal:PublicBaseUrl", "")];

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseEnvironment("Production");
        }
    }

    private sealed class DevelopmentPortal : SqlitePortal
    {
        public DevelopmentPortal() => UseKestrel(0);

        protected override IEnumerable<KeyValuePair<string, string?>> Settings => [new("Portal:PublicBaseUrl", "")];

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseEnvironment("Development");
        }
    }
}
