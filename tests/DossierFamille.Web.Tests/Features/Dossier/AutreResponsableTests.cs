using System.Net;
using DossierFamille.Web.Features.Accounts;
using DossierFamille.Web.Features.Dossier;
using DossierFamille.Web.Tests.Infrastructure;

namespace DossierFamille.Web.Tests.Features.Dossier;

public abstract class AutreResponsableTests<TPortal>(TPortal portal) : IClassFixture<TPortal>
    where TPortal : PortalFactory
{
    [Fact]
    public async Task A_parent_adds_a_grand_parent_linked_to_one_child_and_the_gestionnaire_reviews_it()
    {
        var family = await portal.CreateFamilyAsync();
        var lina = await portal.AddChildAsync(family, "Lina");
        var noah = await portal.AddChildAsync(family, "Noah");
        var stranger = await portal.AddChildAsync(await portal.CreateFamilyAsync(), "Hugo");
        var parent = PortalClient.For(portal);
        await parent.SignInAsync(family.UserName, TestFamily.Password);

        var fiche = await AddAsync(parent, family);

        var fields = new Dictionary<string, string>
        {
            ["FirstName"] = "Henri",
            ["LastName"] = "Martin",
            ["Address"] = "3 chemin des Vignes, 99000 Carteville",
            ["MobilePhone"] = "06 44 55 66 77",
        };
        Assert.EndsWith("statut=incomplete", await DossierSteps.PostFicheAsync(parent, fiche, fields, "transmettre"), StringComparison.Ordinal);
        Assert.Contains("Indiquez le lien de ce responsable avec au moins un enfant.", await parent.PageAsync($"/dossier/fiches/{fiche.Id}?statut=incomplete"), StringComparison.Ordinal);

        fields["Links[0].ChildId"] = $"{lina}";
        fields["Links[0].Relationship"] = "Grand-père";
        fields["Links[1].ChildId"] = $"{noah}";
        fields["Links[1].Relationship"] = "";
        fields["Links[2].ChildId"] = $"{stranger}";
        fields["Links[2].Relationship"] = "Intrus";
        Assert.EndsWith("statut=transmise", await DossierSteps.PostFicheAsync(parent, fiche, fields, "transmettre"), StringComparison.Ordinal);

        var transmitted = (await DossierSteps.FichesAsync(portal, family)).Single(f => f.Id == fiche.Id);
        Assert.Equal("Fiche autre responsable – Henri Martin", transmitted.Title);
        var link = Assert.Single(((AutreResponsableData)FicheContent.Read(transmitted.Kind, transmitted.DataJson)).Links);
        Assert.Equal((lina, "Lina", "Grand-père"), (link.ChildId, link.ChildName, link.Relationship));

        var gestionnaire = PortalClient.For(portal);
        await gestionnaire.SignInAsync(await portal.CreateStaffAsync(Roles.Gestionnaire), TestFamily.Password);
        Assert.Contains("Fiche autre responsable – Henri Martin", await gestionnaire.PageAsync("/gestion/fiches"), StringComparison.Ordinal);
        var review = await gestionnaire.PageAsync($"/gestion/fiches/{fiche.Id}");
        Assert.Contains("Lina : Grand-père", review, StringComparison.Ordinal);
        Assert.DoesNotContain("Intrus", review, StringComparison.Ordinal);
        Assert.StartsWith("/gestion/fiches?traitee=", await DossierSteps.DecideAsync(gestionnaire, fiche.Id, "Accepter", null), StringComparison.Ordinal);

        Assert.DoesNotContain("Supprimer la fiche", await parent.PageAsync(DossierModule.FichePath(fiche.Id)), StringComparison.Ordinal);
        using var refused = await PostAsync(parent, $"{DossierModule.FichePath(fiche.Id)}/supprimer", await parent.PageAsync("/dossier"));
        Assert.Equal(HttpStatusCode.NotFound, refused.StatusCode);
    }

    [Fact]
    public async Task An_autre_responsable_is_added_only_after_confirmation_and_deleted_while_never_transmitted()
    {
        var family = await portal.CreateFamilyAsync();
        await portal.AddChildAsync(family, "Lina");
        var parent = PortalClient.For(portal);
        await parent.SignInAsync(family.UserName, TestFamily.Password);
        Assert.Contains("href=\"/dossier/autres-responsables/nouveau\"", await parent.PageAsync("/dossier"), StringComparison.Ordinal);
        Assert.DoesNotContain((await DossierSteps.FichesAsync(portal, family)), f => f.Kind == FicheKind.AutreResponsable);

        var fiche = await AddAsync(parent, family);
        var page = await parent.PageAsync(DossierModule.FichePath(fiche.Id));
        Assert.Contains("Supprimer la fiche « Fiche autre responsable »", page, StringComparison.Ordinal);

        using var deleted = await PostAsync(parent, $"{DossierModule.FichePath(fiche.Id)}/supprimer", page);
        Assert.Equal("/dossier?supprimee=true", deleted.RedirectPath());
        Assert.Contains("La fiche a été supprimée.", await parent.PageAsync(deleted.RedirectPath()!), StringComparison.Ordinal);
        Assert.DoesNotContain((await DossierSteps.FichesAsync(portal, family)), f => f.Id == fiche.Id);
    }

    /// <summary>The parent confirms on the page that explains what the fiche is for.</summary>
    private async Task<Fiche> AddAsync(PortalClient parent, TestFamily family)
    {
        var confirmation = await parent.PageAsync("/dossier/autres-responsables/nouveau");
        Assert.Contains("Oui, ajouter un autre responsable", confirmation, StringComparison.Ordinal);
        using var added = await PostAsync(parent, "/dossier/autres-responsables", confirmation);
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        var fiche = (await DossierSteps.FichesAsync(portal, family)).Single(f => f.Kind == FicheKind.AutreResponsable);
        Assert.Equal(DossierModule.FichePath(fiche.Id), added.RedirectPath());
        return fiche;
    }

    private static Task<HttpResponseMessage> PostAsync(PortalClient parent, string action, string page) =>
        parent.Http.PostAsync(new Uri(action, UriKind.Relative), new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = DossierSteps.Token(page) }));
}

[Trait("Database", "Sqlite")]
public sealed class AutreResponsableTestsOnSqlite(SqlitePortal portal) : AutreResponsableTests<SqlitePortal>(portal);

[Trait("Database", "PostgreSql")]
public sealed class AutreResponsableTestsOnPostgreSql(PostgreSqlPortal portal) : AutreResponsableTests<PostgreSqlPortal>(portal);
