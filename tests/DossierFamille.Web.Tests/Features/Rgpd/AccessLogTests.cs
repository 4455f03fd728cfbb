using System.Net;
using DossierFamille.Web.Features.Accounts;
using DossierFamille.Web.Features.Dossier;
using DossierFamille.Web.Features.Families;
using DossierFamille.Web.Features.Rgpd;
using DossierFamille.Web.Tests.Infrastructure;

namespace DossierFamille.Web.Tests.Features.Rgpd;

public abstract class AccessLogTests<TPortal>(TPortal portal) : IClassFixture<TPortal>
    where TPortal : PortalFactory
{
    [Fact]
    public async Task A_gestionnaire_opening_a_payslip_and_a_PAI_leaves_one_entry_each_that_only_admins_read_on_the_family()
    {
        var family = await portal.CreateFamilyAsync();
        await portal.AddChildAsync(family, "Léna");
        var parent = PortalClient.For(portal);
        await parent.SignInAsync(family.UserName, TestFamily.Password);
        await parent.PageAsync("/dossier");
        var fiches = await DossierSteps.FichesAsync(portal, family);
        var ficheFamille = fiches.Single(f => f.Kind == FicheKind.Responsable);
        var ficheEnfant = fiches.Single(f => f.Kind == FicheKind.Enfant);
        await DossierSteps.PostFicheAsync(parent, ficheFamille, new(DossierSteps.CompleteResponsable) { ["Employer"] = "Mairie de Carteville" }, "brouillon");
        await DossierSteps.PostFicheAsync(parent, ficheEnfant, new(DossierSteps.CompleteEnfant) { ["Pai"] = "true" }, "brouillon");
        Assert.Contains("ajoutes=1", await DossierSteps.UploadAsync(parent, ficheFamille.Id, "bulletins-salaire", ("bulletin-octobre.pdf", SamplePdf.Create("Bulletin de salaire"))), StringComparison.Ordinal);
        Assert.Contains("ajoutes=1", await DossierSteps.UploadAsync(parent, ficheEnfant.Id, "copie-pai", ("pai.pdf", SamplePdf.Create("PAI"))), StringComparison.Ordinal);
        fiches = await DossierSteps.FichesAsync(portal, family);
        var payslip = fiches.SelectMany(f => f.Pieces).Single(p => p.PieceCode == "bulletins-salaire");
        var pai = fiches.SelectMany(f => f.Pieces).Single(p => p.PieceCode == "copie-pai");

        using (var own = await parent.GetAsync($"/documents/{payslip.Id}"))
        {
            Assert.Equal(HttpStatusCode.OK, own.StatusCode);
        }

        var gestionnaireName = await portal.CreateStaffAsync(Roles.Gestionnaire);
        var gestionnaire = PortalClient.For(portal);
        await gestionnaire.SignInAsync(gestionnaireName, TestFamily.Password);
        foreach (var piece in new[] { payslip, pai })
        {
            using var response = await gestionnaire.GetAsync($"/documents/{piece.Id}");
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }

        var familyId = ficheFamille.FamilyId;
        using (var forbidden = await gestionnaire.GetAsync(RgpdModule.AccessLogPath(familyId)))
        {
            Assert.Equal(HttpStatusCode.Forbidden, forbidden.StatusCode);
        }

        var admin = PortalClient.For(portal);
        await admin.SignInAsync(await portal.CreateStaffAsync(Roles.Admin), TestFamily.Password);
        Assert.Contains("Qui a consulté les documents et les données de santé de cette famille", await admin.PageAsync(FamiliesModule.FamilyPath(familyId)), StringComparison.Ordinal);
        var log = await admin.PageAsync(RgpdModule.AccessLogPath(familyId));
        Assert.Equal(1, Occurrences(log, $"Bulletins de salaire (3 derniers) : bulletin-octobre.pdf ({ficheFamille.Title})"));
        Assert.Equal(1, Occurrences(log, $"Copie du PAI : pai.pdf ({ficheEnfant.Title})"));
        Assert.Equal(2, Occurrences(log, $"Agent {gestionnaireName}"));
        Assert.DoesNotContain("Fiche sanitaire", log, StringComparison.Ordinal);

        await gestionnaire.PageAsync($"/gestion/fiches/{ficheEnfant.Id}");
        await gestionnaire.PageAsync($"/gestion/fiches/{ficheFamille.Id}");
        log = await admin.PageAsync(RgpdModule.AccessLogPath(familyId));
        Assert.Equal(1, Occurrences(log, $"Vaccinations, allergies, traitement et PAI ({ficheEnfant.Title})"));
        Assert.Equal(3, Occurrences(log, $"Agent {gestionnaireName}"));
    }

    private static int Occurrences(string html, string text)
    {
        var count = 0;
        for (var at = html.IndexOf(text, StringComparison.Ordinal); at >= 0; at = html.IndexOf(text, at + text.Length, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }
}

[Trait("Database", "Sqlite")]
public sealed class AccessLogTestsOnSqlite(SqlitePortal portal) : AccessLogTests<SqlitePortal>(portal);

[Trait("Database", "PostgreSql")]
public sealed class AccessLogTestsOnPostgreSql(PostgreSqlPortal portal) : AccessLogTests<PostgreSqlPortal>(portal);
