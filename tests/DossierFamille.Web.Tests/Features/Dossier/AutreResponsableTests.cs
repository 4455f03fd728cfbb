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

        var dossier = await parent.PageAsync("/dossier");
        using var added = await parent.Http.PostAsync(new Uri("/dossier/autres-responsables", UriKind.Relative), new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = DossierSteps.Token(dossier) }));
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        var fiche = (await DossierSteps.FichesAsync(portal, family)).Single(f => f.Kind == FicheKind.AutreResponsable);
        Assert.Equal(DossierModule.FichePath(fiche.Id), added.RedirectPath());

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
    }
}

[Trait("Database", "Sqlite")]
public sealed class AutreResponsableTestsOnSqlite(SqlitePortal portal) : AutreResponsableTests<SqlitePortal>(portal);

[Trait("Database", "PostgreSql")]
public sealed class AutreResponsableTestsOnPostgreSql(PostgreSqlPortal portal) : AutreResponsableTests<PostgreSqlPortal>(portal);
