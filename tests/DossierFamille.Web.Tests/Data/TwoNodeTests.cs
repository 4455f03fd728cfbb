using System.Net;
using DossierFamille.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Mvc.Testing.Handlers;

namespace DossierFamille.Web.Tests.Data;

/// <summary>Two portal nodes behind one load balancer, sharing one PostgreSQL database.</summary>
public sealed class TwoNodeTests
{
    [Fact]
    public async Task A_browser_moved_from_one_node_to_the_other_keeps_its_session_and_its_forms_are_accepted()
    {
        await using var database = new SharedDatabase();
        await using var first = new NodePortal(database);
        await using var second = new NodePortal(database);
        var family = await first.CreateFamilyAsync();
        var cookies = new CookieContainer();
        var onFirst = new PortalClient(first.CreateDefaultClient(new Uri(PortalFactory.PublicBaseUrl), new CookieContainerHandler(cookies)));
        var onSecond = new PortalClient(second.CreateDefaultClient(new Uri(PortalFactory.PublicBaseUrl), new CookieContainerHandler(cookies)));

        // The login form comes from the first node and is posted to the second one.
        var loginPage = await onFirst.PageAsync("/connexion");
        using var login = await onSecond.Http.PostAsync(new Uri("/connexion", UriKind.Relative), new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["_handler"] = "login",
            ["__RequestVerificationToken"] = PortalClient.TokenOf(loginPage),
            ["Input.UserName"] = family.UserName,
            ["Input.Password"] = TestFamily.Password,
        }));
        Assert.Equal(HttpStatusCode.Redirect, login.StatusCode);

        // The session opened by the second node is known to the first.
        var home = await onFirst.PageAsync("/");
        Assert.Contains("Se déconnecter", home, StringComparison.Ordinal);
        Assert.Contains($"Test{family.Reference[2..]}", home, StringComparison.Ordinal);

        // A page of the second node, its form posted to the first one.
        var profile = await onSecond.PageAsync("/compte/profil");
        using var logout = await onFirst.Http.PostAsync(new Uri("/compte/deconnexion", UriKind.Relative), new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = PortalClient.TokenOf(profile),
        }));
        Assert.Equal(HttpStatusCode.Redirect, logout.StatusCode);
        Assert.Equal("/connexion", logout.RedirectPath());
    }
}
