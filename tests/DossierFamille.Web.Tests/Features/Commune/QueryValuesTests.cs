using System.Net;
using DossierFamille.Web.Features.Accounts;
using DossierFamille.Web.Tests.Infrastructure;

namespace DossierFamille.Web.Tests.Features.Commune;

/// <summary>A query value a page cannot read answers 400 with a French sentence, never 500.</summary>
public sealed class QueryValuesTests(SqlitePortal portal) : IClassFixture<SqlitePortal>
{
    [Fact]
    public async Task Unreadable_query_values_answer_400_and_readable_or_empty_ones_show_the_page()
    {
        var family = await portal.CreateFamilyAsync();
        var parent = PortalClient.For(portal);
        await parent.SignInAsync(family.UserName, TestFamily.Password);
        var gestionnaire = PortalClient.For(portal);
        await gestionnaire.SignInAsync(await portal.CreateStaffAsync(Roles.Gestionnaire), TestFamily.Password);

        foreach (var (client, url) in new[] { (parent, "/dossier/contacts?enregistre=peut-etre"), (gestionnaire, "/gestion/fiches?attente=1.5") })
        {
            using var response = await client.GetAsync(url);
            Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"GET {url} answered {(int)response.StatusCode}");
            Assert.Contains("L'adresse de cette page contient une valeur invalide.", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        await parent.PageAsync("/?structure=x");
        await parent.PageAsync("/?structure=");
        await parent.PageAsync("/?structure=12&autre=x");
        await gestionnaire.PageAsync("/gestion/fiches?attente=3&type=Enfant");
    }
}
