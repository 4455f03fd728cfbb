using System.Net;
using DossierFamille.Web.Tests.Infrastructure;

namespace DossierFamille.Web.Tests.Features.Accounts;

public sealed class LoginRateLimitTests(LoginRateLimitTests.LimitedPortal portal) : IClassFixture<LoginRateLimitTests.LimitedPortal>
{
    [Fact]
    public async Task Login_posts_beyond_the_limit_get_429_in_french()
    {
        var client = PortalClient.For(portal);
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 4; i++)
        {
            using var response = await client.LoginAsync("quelquun", "Mauvais-Mot-2026!");
            statuses.Add(response.StatusCode);
            if (response.StatusCode == HttpStatusCode.TooManyRequests)
            {
                Assert.Contains("Trop de tentatives", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
            }
        }

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], statuses);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/connexion")).StatusCode);
    }

    public sealed class LimitedPortal : SqlitePortal
    {
        protected override IEnumerable<KeyValuePair<string, string?>> Settings => [new("Accounts:PostsPerMinute", "3")];
    }
}
