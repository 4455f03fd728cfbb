using System.Net;
using DossierFamille.Web.Tests.Infrastructure;

namespace DossierFamille.Web.Tests.Features.Accounts;

public sealed class PasswordRateLimitTests(PasswordRateLimitTests.LimitedPortal portal) : IClassFixture<PasswordRateLimitTests.LimitedPortal>
{
    [Fact]
    public async Task Profile_password_changes_and_reset_confirmations_share_the_sign_in_limit()
    {
        var family = await portal.CreateFamilyAsync();
        var client = PortalClient.For(portal);
        await client.SignInAsync(family.UserName, TestFamily.Password);
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 3; i++)
        {
            using var response = await client.SubmitAsync("/compte/profil", "change-password", new Dictionary<string, string>
            {
                ["Input.CurrentPassword"] = "Pas-le-bon-2026!",
                ["Input.NewPassword"] = "Velo-Rouge-Ecureuil-72",
                ["Input.ConfirmPassword"] = "Velo-Rouge-Ecureuil-72",
            });
            statuses.Add(response.StatusCode);
        }

        using var reset = await client.SubmitAsync("/compte/reinitialiser?uid=x&code=y", "reset-password", new Dictionary<string, string>
        {
            ["Input.NewPassword"] = "Velo-Rouge-Ecureuil-72",
            ["Input.ConfirmPassword"] = "Velo-Rouge-Ecureuil-72",
        });
        statuses.Add(reset.StatusCode);

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests, HttpStatusCode.TooManyRequests], statuses);
        Assert.Contains("Trop de tentatives", await reset.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    public sealed class LimitedPortal : SqlitePortal
    {
        protected override IEnumerable<KeyValuePair<string, string?>> Settings => [new("Accounts:PostsPerMinute", "3")];
    }
}
