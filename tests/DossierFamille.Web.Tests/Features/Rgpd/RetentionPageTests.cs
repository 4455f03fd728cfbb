using System.Net;
using DossierFamille.Web.Features.Accounts;
using DossierFamille.Web.Features.Dossier;
using DossierFamille.Web.Features.Rgpd;
using DossierFamille.Web.Tests.Infrastructure;

namespace DossierFamille.Web.Tests.Features.Rgpd;

/// <summary>The admin's retention page (durations changed and audited, the dry run of the next purge, which deletes nothing) and the public RGPD notice that reads them.</summary>
public abstract class RetentionPageTests<TPortal>(TPortal portal) : IClassFixture<TPortal>
    where TPortal : PortalFactory, IClockedPortal
{
    [Fact]
    public async Task The_admin_sees_what_the_next_purge_would_delete_and_a_longer_duration_saved_in_the_audit_log_keeps_it_and_shows_on_the_notice()
    {
        var campaign = await PurgeSteps.CampaignAsync(portal, PurgeSteps.Today(portal).AddDays(-400));
        var family = await portal.CreateFamilyAsync();
        var fiche = await PurgeSteps.FicheAsync(portal, portal, family, campaign, FicheKind.Responsable, transmitted: true, files: 1);
        var gestionnaire = PortalClient.For(portal);
        await gestionnaire.SignInAsync(await portal.CreateStaffAsync(Roles.Gestionnaire), TestFamily.Password);
        using (var forbidden = await gestionnaire.GetAsync(RgpdModule.RetentionPath))
        {
            Assert.Equal(HttpStatusCode.Forbidden, forbidden.StatusCode);
        }

        var admin = PortalClient.For(portal);
        await admin.SignInAsync(await portal.CreateStaffAsync(Roles.Admin), TestFamily.Password);
        var page = await admin.PageAsync(RgpdModule.RetentionPath);
        Assert.Contains("name=\"piecesMonths\" type=\"number\" inputmode=\"numeric\" min=\"0\" max=\"120\" value=\"12\"", page, StringComparison.Ordinal);
        Assert.Contains("Prochain passage : le ", page, StringComparison.Ordinal);
        Assert.Contains("Si la purge passait maintenant, elle supprimerait : 1 fichier(s) de pièces justificatives, 0 fiche(s) jamais transmise(s) (0 fichier(s)), 0 entrée(s) du journal des consultations, 0 copie(s) de données expirée(s), 0 preuve(s) de signature, 0 email(s) envoyé(s).", page, StringComparison.Ordinal);
        Assert.Contains($"{family.Reference} – {fiche.Title} ({campaign.SchoolYear}) : piece-1.pdf", page, StringComparison.Ordinal);
        Assert.Single(await PurgeSteps.PiecesAsync(portal, fiche.Id));
        Assert.True(await PurgeSteps.StoredAsync(portal, fiche.Pieces[0].BlobName));

        var refused = await admin.PostFormAsync(RgpdModule.RetentionPath, RgpdModule.RetentionPath, Form("-1"));
        Assert.Contains("Indiquez chaque durée en mois, de 0 à 120.", refused, StringComparison.Ordinal);

        var saved = await admin.PostFormAsync(RgpdModule.RetentionPath, RgpdModule.RetentionPath, Form("36", signatureMonths: "72"));
        Assert.Contains("Modification enregistrée.", saved, StringComparison.Ordinal);
        Assert.Contains("Si la purge passait maintenant, elle ne supprimerait rien.", saved, StringComparison.Ordinal);
        Assert.Contains("dpo@carteville.example", saved, StringComparison.Ordinal);
        var journal = await admin.PageAsync("/admin/journal");
        Assert.Contains("Conservation des données (RGPD)", journal, StringComparison.Ordinal);
        Assert.Contains("Pièces justificatives : 12 → 36 mois ; Preuves de signature des règlements : 60 → 72 mois ; Contact du délégué à la protection des données : (vide) → « dpo@carteville.example ».", journal, StringComparison.Ordinal);

        var notice = await PortalClient.For(portal).PageAsync(RgpdModule.NoticePath);
        Assert.Contains("Supprimées 36 mois après la fin de la campagne d'inscription", notice, StringComparison.Ordinal);
        Assert.Contains("une fiche jamais transmise est supprimée 1 mois après la fin de sa campagne", notice, StringComparison.Ordinal);
        Assert.Contains("Supprimé 12 mois après chaque consultation", notice, StringComparison.Ordinal);
        Assert.Contains("6 ans après la signature, durée légale retenue par la commune", notice, StringComparison.Ordinal);
        Assert.Contains("Supprimés de la boîte d'envoi du portail 3 mois après leur envoi", notice, StringComparison.Ordinal);
        Assert.Contains("<p>dpo@carteville.example</p>", notice, StringComparison.Ordinal);
        Assert.Contains($"href=\"{RgpdModule.NoticePath}\"", await admin.PageAsync("/admin"), StringComparison.Ordinal);
    }

    private static Dictionary<string, string> Form(string piecesMonths, string signatureMonths = "60") => new()
    {
        ["piecesMonths"] = piecesMonths,
        ["draftsMonths"] = "1",
        ["accessLogMonths"] = "12",
        ["signatureMonths"] = signatureMonths,
        ["emailMonths"] = "3",
        ["dpoContact"] = "dpo@carteville.example",
    };
}

[Trait("Database", "Sqlite")]
public sealed class RetentionPageTestsOnSqlite(ClockedSqlitePortal portal) : RetentionPageTests<ClockedSqlitePortal>(portal);
