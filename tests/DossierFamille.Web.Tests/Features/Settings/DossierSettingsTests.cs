using System.Net;
using DossierFamille.Web.Data;
using DossierFamille.Web.Features.Accounts;
using DossierFamille.Web.Features.Dossier;
using DossierFamille.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DossierFamille.Web.Tests.Features.Settings;

/// <summary>The admin decides which pièces, authorisations and insurers the fiches ask for; every change is audited.</summary>
public abstract class DossierSettingsTests<TPortal>(TPortal portal) : IClassFixture<TPortal>
    where TPortal : PortalFactory
{
    [Fact]
    public async Task A_piece_the_admin_adds_or_disables_changes_what_transmission_requires_and_is_audited()
    {
        var admin = await SignInStaffAsync(Roles.Admin);
        var added = await admin.PostFormAsync("/admin/pieces", "/admin/pieces", new Dictionary<string, string>
        {
            ["label"] = "Justificatif de domicile",
            ["fiche"] = "Responsable",
            ["condition"] = "Toujours",
        });
        Assert.Contains("Modification enregistrée.", added, StringComparison.Ordinal);
        var duplicate = await admin.PostFormAsync("/admin/pieces", "/admin/pieces", new Dictionary<string, string>
        {
            ["label"] = "Justificatif de domicile",
            ["fiche"] = "Responsable",
            ["condition"] = "Toujours",
        });
        Assert.Contains("La pièce « Justificatif de domicile » existe déjà.", duplicate, StringComparison.Ordinal);
        var mismatch = await admin.PostFormAsync("/admin/pieces", "/admin/pieces", new Dictionary<string, string>
        {
            ["label"] = "Certificat médical",
            ["fiche"] = "Responsable",
            ["condition"] = "Pai",
        });
        Assert.Contains("La condition « PAI » ne s'applique pas à cette fiche.", mismatch, StringComparison.Ordinal);

        var avisId = await RuleIdAsync("avis-imposition");
        await admin.PostFormAsync("/admin/pieces", $"/admin/pieces/{avisId}", new Dictionary<string, string> { ["condition"] = "Toujours" });

        var family = await portal.CreateFamilyAsync();
        await portal.AddChildAsync(family);
        var parent = PortalClient.For(portal);
        await parent.SignInAsync(family.UserName, TestFamily.Password);
        await parent.PageAsync("/dossier");
        var fiche = (await DossierSteps.FichesAsync(portal, family)).Single(f => f.Kind == FicheKind.Responsable);
        await DossierSteps.PostFicheAsync(parent, fiche, DossierSteps.CompleteResponsable, "transmettre");
        var refused = await parent.PageAsync($"/dossier/fiches/{fiche.Id}?statut=incomplete");
        Assert.Contains("Pièce manquante : Justificatif de domicile.", refused, StringComparison.Ordinal);
        Assert.Contains("Pièce manquante : Attestation CAF ou MSA.", refused, StringComparison.Ordinal);
        Assert.DoesNotContain("Dernier avis d'imposition", refused, StringComparison.Ordinal);

        await DossierSteps.UploadRequiredPiecesAsync(parent, portal, family, fiche.Id);
        Assert.EndsWith("statut=transmise", await DossierSteps.PostFicheAsync(parent, fiche, DossierSteps.CompleteResponsable, "transmettre"), StringComparison.Ordinal);

        var journal = await admin.PageAsync("/admin/journal");
        Assert.Contains("Pièce « Justificatif de domicile » ajoutée (Fiche famille, condition : Toujours).", journal, StringComparison.Ordinal);
        Assert.Contains("Pièce « Dernier avis d'imposition » : désactivée.", journal, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_child_fiche_asks_the_communes_authorisations_and_accepts_an_insurer_missing_from_the_list()
    {
        var admin = await SignInStaffAsync(Roles.Admin);
        const string wording = "J'autorise mon enfant à rentrer seul après l'accueil du soir";
        await admin.PostFormAsync("/admin/autorisations", "/admin/autorisations", new Dictionary<string, string> { ["wording"] = wording });
        await admin.PostFormAsync("/admin/assurances", "/admin/assurances", new Dictionary<string, string> { ["name"] = "Mutuelle de Carteville" });

        var family = await portal.CreateFamilyAsync();
        await portal.AddChildAsync(family);
        var parent = PortalClient.For(portal);
        await parent.SignInAsync(family.UserName, TestFamily.Password);
        await parent.PageAsync("/dossier");
        var fiche = (await DossierSteps.FichesAsync(portal, family)).Single(f => f.Kind == FicheKind.Enfant);
        var page = await parent.PageAsync($"/dossier/fiches/{fiche.Id}");
        Assert.Contains(wording, page, StringComparison.Ordinal);
        Assert.Contains("<option value=\"Mutuelle de Carteville\"", page, StringComparison.Ordinal);

        var other = new Dictionary<string, string>(DossierSteps.CompleteEnfant) { ["InsuranceCompany"] = "Autre compagnie", ["Authorisations"] = wording };
        await DossierSteps.UploadRequiredPiecesAsync(parent, portal, family, fiche.Id);
        await DossierSteps.PostFicheAsync(parent, fiche, other, "transmettre");
        Assert.Contains("Pour une autre compagnie d'assurance, indiquez son nom, son adresse et son téléphone.", await parent.PageAsync($"/dossier/fiches/{fiche.Id}?statut=incomplete"), StringComparison.Ordinal);

        other["OtherInsurer"] = "Assurances du Bocage";
        other["OtherInsurerAddress"] = "1 place du Marché, 99100 Bourg";
        other["OtherInsurerPhone"] = "02 11 22 33 44";
        Assert.EndsWith("statut=transmise", await DossierSteps.PostFicheAsync(parent, fiche, other, "transmettre"), StringComparison.Ordinal);
        var content = FicheContent.Enfant((await DossierSteps.FichesAsync(portal, family)).Single(f => f.Id == fiche.Id));
        Assert.Equal([wording], content.Authorisations);
        Assert.Equal("Assurances du Bocage", content.OtherInsurer);

        var gestionnaire = await SignInStaffAsync(Roles.Gestionnaire);
        Assert.Contains(wording, await gestionnaire.PageAsync($"/gestion/fiches/{fiche.Id}"), StringComparison.Ordinal);
        var journal = await admin.PageAsync("/admin/journal");
        Assert.Contains($"Autorisation « {wording} » ajoutée.", journal, StringComparison.Ordinal);
        Assert.Contains("Compagnie « Mutuelle de Carteville » ajoutée.", journal, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Only_admins_change_the_settings()
    {
        var family = await portal.CreateFamilyAsync();
        var parent = PortalClient.For(portal);
        await parent.SignInAsync(family.UserName, TestFamily.Password);
        var gestionnaire = await SignInStaffAsync(Roles.Gestionnaire);

        foreach (var client in new[] { parent, gestionnaire })
        {
            Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync("/admin/assurances")).StatusCode);
            var token = DossierSteps.Token(await client.PageAsync("/compte/profil"));
            using var response = await client.Http.PostAsync(new Uri("/admin/assurances", UriKind.Relative), new FormUrlEncodedContent(new Dictionary<string, string> { ["name"] = "Intrus", ["__RequestVerificationToken"] = token }));
            Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        }

        await using var scope = portal.Services.CreateAsyncScope();
        Assert.False(await scope.ServiceProvider.GetRequiredService<AppDbContext>().InsuranceCompanies.AnyAsync(c => c.Name == "Intrus"));
    }

    private async Task<PortalClient> SignInStaffAsync(string role)
    {
        var client = PortalClient.For(portal);
        await client.SignInAsync(await portal.CreateStaffAsync(role), TestFamily.Password);
        return client;
    }

    private async Task<int> RuleIdAsync(string code)
    {
        await using var scope = portal.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<AppDbContext>().PieceRules.Where(r => r.Code == code).Select(r => r.Id).SingleAsync();
    }
}

[Trait("Database", "Sqlite")]
public sealed class DossierSettingsTestsOnSqlite(SqlitePortal portal) : DossierSettingsTests<SqlitePortal>(portal);

[Trait("Database", "PostgreSql")]
public sealed class DossierSettingsTestsOnPostgreSql(PostgreSqlPortal portal) : DossierSettingsTests<PostgreSqlPortal>(portal);
