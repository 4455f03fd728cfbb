using System.Net;
using DossierFamille.Web.Features.Accounts;
using DossierFamille.Web.Tests.Infrastructure;

namespace DossierFamille.Web.Tests.Features.Accounts;

public abstract class AccessTests<TPortal>(TPortal portal) : IClassFixture<TPortal>
    where TPortal : PortalFactory
{
    [Theory]
    [InlineData("/gestion")]
    [InlineData("/gestion/messages")]
    [InlineData("/admin")]
    [InlineData("/admin/familles")]
    [InlineData("/admin/familles/import")]
    [InlineData("/admin/textes-legaux")]
    public async Task A_parent_gets_403_on_staff_pages(string url)
    {
        var family = await portal.CreateFamilyAsync();
        var client = PortalClient.For(portal);
        await client.SignInAsync(family.UserName, TestFamily.Password);

        using var response = await client.GetAsync(url);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.DoesNotContain("<table", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/contact")]
    [InlineData("/gestion")]
    [InlineData("/compte/profil")]
    public async Task An_anonymous_visitor_is_sent_to_the_login_page(string url)
    {
        using var response = await PortalClient.For(portal).GetAsync(url);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/connexion", response.RedirectPath(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_gestionnaire_cannot_open_admin_pages()
    {
        var gestionnaire = await portal.CreateStaffAsync(Roles.Gestionnaire);
        var client = PortalClient.For(portal);
        await client.SignInAsync(gestionnaire, TestFamily.Password);

        Assert.Contains("Espace gestionnaire", await client.PageAsync("/gestion"), StringComparison.Ordinal);
        using var admin = await client.GetAsync("/admin/familles");
        Assert.Equal(HttpStatusCode.Forbidden, admin.StatusCode);
    }

    [Fact]
    public async Task A_parent_never_sees_another_familys_messages_or_children()
    {
        var first = await portal.CreateFamilyAsync();
        var second = await portal.CreateFamilyAsync();
        var firstClient = PortalClient.For(portal);
        await firstClient.SignInAsync(first.UserName, TestFamily.Password);
        var subject = $"Question privée {Guid.NewGuid():N}";
        await firstClient.SubmitForPageAsync("/contact", "contact", new Dictionary<string, string> { ["Input.Subject"] = subject, ["Input.Body"] = "Notre situation a changé." });

        var secondClient = PortalClient.For(portal);
        await secondClient.SignInAsync(second.UserName, TestFamily.Password);
        var contact = await secondClient.PageAsync("/contact");
        var home = await secondClient.PageAsync("/");

        Assert.Contains(subject, await firstClient.PageAsync("/contact"), StringComparison.Ordinal);
        Assert.DoesNotContain(subject, contact, StringComparison.Ordinal);
        Assert.DoesNotContain(first.Reference.Replace("T-", "TEST", StringComparison.Ordinal), home, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Logout_ends_the_session()
    {
        var family = await portal.CreateFamilyAsync();
        var client = PortalClient.For(portal);
        await client.SignInAsync(family.UserName, TestFamily.Password);
        var home = await client.PageAsync("/");
        var token = System.Text.RegularExpressions.Regex.Match(home, "name=\"__RequestVerificationToken\" value=\"([^\"]+)\"").Groups[1].Value;

        using var logout = await client.Http.PostAsync(new Uri("/compte/deconnexion", UriKind.Relative), new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token }));
        using var after = await client.GetAsync("/");

        Assert.Equal("/connexion", logout.RedirectPath());
        Assert.StartsWith("/connexion", after.RedirectPath(), StringComparison.Ordinal);
    }
}

[Trait("Database", "Sqlite")]
public sealed class AccessTestsOnSqlite(SqlitePortal portal) : AccessTests<SqlitePortal>(portal);

[Trait("Database", "PostgreSql")]
public sealed class AccessTestsOnPostgreSql(PostgreSqlPortal portal) : AccessTests<PostgreSqlPortal>(portal);
