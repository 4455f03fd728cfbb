using System.Net;
using DossierFamille.Web.Tests.Infrastructure;

namespace DossierFamille.Web.Tests.Features.Accounts;

public abstract class FirstLoginTests<TPortal>(TPortal portal) : IClassFixture<TPortal>
    where TPortal : PortalFactory
{
    private const string NewPassword = "Nouveau-Mot2Passe!";

    [Fact]
    public async Task Temporary_password_leads_to_a_new_password_then_the_terms_then_home()
    {
        var family = await portal.CreateFamilyAsync(mustChangePassword: true);
        var client = PortalClient.For(portal);

        using var login = await client.LoginAsync(family.UserName, TestFamily.Password);
        Assert.Equal(HttpStatusCode.Redirect, login.StatusCode);
        using var home = await client.GetAsync("/");
        Assert.Equal("/compte/nouveau-mot-de-passe", home.RedirectPath());

        var page = await client.PageAsync("/compte/nouveau-mot-de-passe");
        Assert.Contains("au moins une majuscule et une minuscule", page, StringComparison.Ordinal);
        using var changed = await client.SubmitAsync("/compte/nouveau-mot-de-passe", "first-password", ChangeFields(TestFamily.Password, NewPassword, NewPassword));
        Assert.Equal("/compte/conditions", changed.RedirectPath());

        using var stillTerms = await client.GetAsync("/contact");
        Assert.Equal("/compte/conditions", stillTerms.RedirectPath());
        var refused = await client.SubmitForPageAsync("/compte/conditions", "accept-terms", new Dictionary<string, string> { ["rgpd"] = "on" });
        Assert.Contains("Cochez les deux cases", refused, StringComparison.Ordinal);
        using var accepted = await client.SubmitAsync("/compte/conditions", "accept-terms", new Dictionary<string, string> { ["rgpd"] = "on", ["cgu"] = "on" });
        Assert.Equal(HttpStatusCode.Redirect, accepted.StatusCode);

        var homePage = await client.PageAsync("/");
        Assert.Contains("Vos enfants", homePage, StringComparison.Ordinal);

        var fresh = PortalClient.For(portal);
        using var oldPassword = await fresh.LoginAsync(family.UserName, TestFamily.Password);
        Assert.Equal(HttpStatusCode.OK, oldPassword.StatusCode);
        await fresh.SignInAsync(family.UserName, NewPassword);
        Assert.Contains("Vos enfants", await fresh.PageAsync("/"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("court1!A", "au moins 10 caractères")]
    [InlineData("toutenminuscule1!", "au moins une majuscule")]
    [InlineData("SansChiffre!!", "au moins un chiffre")]
    [InlineData("SansSpecial123", "caractère spécial")]
    public async Task Weak_password_is_refused_with_the_rule_it_breaks(string weak, string message)
    {
        var family = await portal.CreateFamilyAsync(mustChangePassword: true);
        var client = PortalClient.For(portal);
        await client.SignInAsync(family.UserName, TestFamily.Password);

        var page = await client.SubmitForPageAsync("/compte/nouveau-mot-de-passe", "first-password", ChangeFields(TestFamily.Password, weak, weak));

        Assert.Contains(message, page, StringComparison.Ordinal);
        using var home = await client.GetAsync("/");
        Assert.Equal("/compte/nouveau-mot-de-passe", home.RedirectPath());
    }

    [Fact]
    public async Task Wrong_current_password_is_refused()
    {
        var family = await portal.CreateFamilyAsync(mustChangePassword: true);
        var client = PortalClient.For(portal);
        await client.SignInAsync(family.UserName, TestFamily.Password);

        var page = await client.SubmitForPageAsync("/compte/nouveau-mot-de-passe", "first-password", ChangeFields("Pas-le-bon-1!", NewPassword, NewPassword));

        Assert.Contains("Le mot de passe actuel est incorrect.", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Mismatched_confirmation_is_refused()
    {
        var family = await portal.CreateFamilyAsync(mustChangePassword: true);
        var client = PortalClient.For(portal);
        await client.SignInAsync(family.UserName, TestFamily.Password);

        var page = await client.SubmitForPageAsync("/compte/nouveau-mot-de-passe", "first-password", ChangeFields(TestFamily.Password, NewPassword, NewPassword + "x"));

        Assert.Contains("La confirmation ne correspond pas au nouveau mot de passe.", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_new_cgu_version_asks_again()
    {
        var family = await portal.CreateFamilyAsync();
        await portal.PublishLegalTextAsync(Web.Features.Accounts.LegalTextKind.Cgu, "CGU version de test");
        var client = PortalClient.For(portal);
        await client.SignInAsync(family.UserName, TestFamily.Password);

        using var home = await client.GetAsync("/");
        Assert.Equal("/compte/conditions", home.RedirectPath());
        Assert.Contains("CGU version de test", await client.PageAsync("/compte/conditions"), StringComparison.Ordinal);
        using var accepted = await client.SubmitAsync("/compte/conditions", "accept-terms", new Dictionary<string, string> { ["rgpd"] = "on", ["cgu"] = "on" });
        Assert.Contains("Vos enfants", await client.PageAsync("/"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_admin_publishes_a_new_rgpd_version_from_the_admin_page()
    {
        var admin = PortalClient.For(portal);
        await admin.SignInAsync(await portal.CreateStaffAsync(Web.Features.Accounts.Roles.Admin), TestFamily.Password);

        var form = await admin.PageAsync("/admin/textes-legaux");
        var token = System.Text.RegularExpressions.Regex.Match(form, "name=\"__RequestVerificationToken\" value=\"([^\"]+)\"").Groups[1].Value;
        using var published = await admin.Http.PostAsync(new Uri("/admin/textes-legaux/publier", UriKind.Relative), new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token,
            ["kind"] = "Rgpd",
            ["title"] = "Notice RGPD révisée",
            ["body"] = "Nouveau délai de conservation des pièces.",
        }));

        Assert.Equal("/admin/textes-legaux?version=2", published.RedirectPath());
        using var adminAsked = await admin.GetAsync("/admin/textes-legaux");
        Assert.Equal("/compte/conditions", adminAsked.RedirectPath());
        var family = await portal.CreateFamilyAsync();
        var parent = PortalClient.For(portal);
        await parent.SignInAsync(family.UserName, TestFamily.Password);
        Assert.Contains("Nouveau délai de conservation des pièces.", await parent.PageAsync("/compte/conditions"), StringComparison.Ordinal);
    }

    private static Dictionary<string, string> ChangeFields(string current, string password, string confirmation) => new()
    {
        ["Input.CurrentPassword"] = current,
        ["Input.NewPassword"] = password,
        ["Input.ConfirmPassword"] = confirmation,
    };
}

[Trait("Database", "Sqlite")]
public sealed class FirstLoginTestsOnSqlite(SqlitePortal portal) : FirstLoginTests<SqlitePortal>(portal);

[Trait("Database", "PostgreSql")]
public sealed class FirstLoginTestsOnPostgreSql(PostgreSqlPortal portal) : FirstLoginTests<PostgreSqlPortal>(portal);
