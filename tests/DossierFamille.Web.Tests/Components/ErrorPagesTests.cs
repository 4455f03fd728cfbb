using System.Net;
using DossierFamille.Web.Features.Accounts;
using DossierFamille.Web.Tests.Infrastructure;

namespace DossierFamille.Web.Tests.Components;

/// <summary>Errors read in French inside the portal's layout, for pages and downloads alike; the APIs answer problem+json.</summary>
public sealed class ErrorPagesTests(SqlitePortal portal) : IClassFixture<SqlitePortal>
{
    [Fact]
    public async Task An_unknown_page_and_an_unknown_document_answer_404_with_the_portals_french_page_and_a_way_back()
    {
        var client = await ParentAsync();

        foreach (var url in new[] { "/cette-page-n-existe-pas", "/documents/987654321" })
        {
            using var response = await client.GetAsync(url);
            var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());

            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
            Assert.Contains("<h1>Page introuvable</h1>", html, StringComparison.Ordinal);
            Assert.Contains("Cette page ou ce document n'existe pas", html, StringComparison.Ordinal);
            Assert.Contains("Retour à l'accueil", html, StringComparison.Ordinal);
            Assert.Contains("Navigation principale", html, StringComparison.Ordinal);
            Assert.Contains("<html lang=\"fr\">", html, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task A_parent_on_a_staff_page_gets_403_with_the_portals_french_page_and_menu()
    {
        var client = await ParentAsync();

        using var response = await client.GetAsync("/gestion/fiches");
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains("<title>Accès refusé – Portail Famille</title>", html, StringComparison.Ordinal);
        Assert.Contains("réservé à un autre compte ou à un autre profil", html, StringComparison.Ordinal);
        Assert.Contains("Se déconnecter", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<table", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_form_posted_without_its_antiforgery_token_gets_400_with_the_portals_french_page()
    {
        var client = await ParentAsync();

        using var response = await client.Http.PostAsync(new Uri("/dossier/contacts", UriKind.Relative), new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["firstName"] = "Jeanne",
            ["lastName"] = "Roux",
        }));
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("<h1>Demande incorrecte</h1>", html, StringComparison.Ordinal);
        Assert.Contains("rechargez-la puis envoyez-le à nouveau", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_workflow_api_keeps_answering_problem_json()
    {
        var client = PortalClient.For(portal);
        await client.SignInAsync(await portal.CreateStaffAsync(Roles.Admin), TestFamily.Password);

        using var response = await client.GetAsync("/api/workflows/definitions/inconnu-" + Guid.NewGuid().ToString("N"));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("\"status\":404", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    private async Task<PortalClient> ParentAsync()
    {
        var family = await portal.CreateFamilyAsync();
        var client = PortalClient.For(portal);
        await client.SignInAsync(family.UserName, TestFamily.Password);
        return client;
    }
}
