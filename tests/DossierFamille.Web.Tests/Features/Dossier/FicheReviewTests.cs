using System.Net;
using DossierFamille.Web.Data;
using DossierFamille.Web.Features.Accounts;
using DossierFamille.Web.Features.Dossier;
using DossierFamille.Web.Tests.Infrastructure;
using DossierFamille.Workflows.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DossierFamille.Web.Tests.Features.Dossier;

public abstract class FicheReviewTests<TPortal>(TPortal portal) : IClassFixture<TPortal>
    where TPortal : PortalFactory
{
    [Fact]
    public async Task A_refused_fiche_is_corrected_transmitted_again_and_accepted_with_an_email_each_time()
    {
        var family = await portal.CreateFamilyAsync(responsables: 2, separated: true);
        await portal.AddChildAsync(family);
        var parent = PortalClient.For(portal);
        await parent.SignInAsync(family.UserName, TestFamily.Password);

        var dossier = await parent.PageAsync("/dossier");
        // Separated parents: the other parent's fiche famille is theirs alone, so 2 fiches are left here (own and the child's).
        Assert.Contains("Il vous reste 2 fiche(s) à valider et transmettre.", dossier, StringComparison.Ordinal);
        var fiche = (await DossierSteps.FichesAsync(portal, family)).First(f => f.Kind == FicheKind.Responsable && f.Title.Contains("Alice", StringComparison.Ordinal));

        Assert.Equal("/dossier/fiches/" + fiche.Id + "?statut=incomplete", await DossierSteps.PostFicheAsync(parent, fiche, new() { ["Address"] = "Brouillon" }, "transmettre"));
        var incomplete = await parent.PageAsync($"/dossier/fiches/{fiche.Id}?statut=incomplete");
        Assert.Contains("Indiquez votre date de naissance.", incomplete, StringComparison.Ordinal);
        Assert.Contains("Pièce manquante : Dernier avis d'imposition.", incomplete, StringComparison.Ordinal);
        Assert.Contains("value=\"Brouillon\"", incomplete, StringComparison.Ordinal);
        // Each error sits under its field and is tied to it; required fields are marked.
        Assert.Contains("<span class=\"field-error\" id=\"BirthDate-erreur\">Indiquez votre date de naissance.</span>", incomplete, StringComparison.Ordinal);
        Assert.Matches("<input id=\"BirthDate\" name=\"BirthDate\"[^>]* aria-required=\"true\" aria-invalid=\"true\" aria-describedby=\"BirthDate-erreur\"", incomplete);
        Assert.Contains("<label for=\"Address\" class=\"required\">Adresse</label>", incomplete, StringComparison.Ordinal);
        Assert.Contains("<label for=\"WorkPhone\">Téléphone professionnel</label>", incomplete, StringComparison.Ordinal);

        await DossierSteps.PostFicheAsync(parent, fiche, DossierSteps.CompleteResponsable, "brouillon");
        await DossierSteps.UploadRequiredPiecesAsync(parent, portal, family, fiche.Id);
        Assert.EndsWith("statut=transmise", await DossierSteps.PostFicheAsync(parent, fiche, DossierSteps.CompleteResponsable, "transmettre"), StringComparison.Ordinal);
        Assert.Equal(FicheStatus.Transmise, (await Reload(fiche)).Status);

        var gestionnaire = PortalClient.For(portal);
        await gestionnaire.SignInAsync(await portal.CreateStaffAsync(Roles.Gestionnaire), TestFamily.Password);
        Assert.Contains(fiche.Title, await gestionnaire.PageAsync("/gestion/fiches"), StringComparison.Ordinal);
        var review = await gestionnaire.PageAsync($"/gestion/fiches/{fiche.Id}");
        Assert.Contains("4 rue des Lilas", review, StringComparison.Ordinal);
        Assert.Contains("<iframe src=\"/documents/", review, StringComparison.Ordinal);

        Assert.Contains("Indiquez le motif du refus", Uri.UnescapeDataString(await DossierSteps.DecideAsync(gestionnaire, fiche.Id, "Refuser", null)), StringComparison.Ordinal);
        var avis = (await Reload(fiche)).Pieces.Single(p => p.PieceCode == "avis-imposition");
        Assert.StartsWith("/gestion/fiches?traitee=", await DossierSteps.DecideAsync(gestionnaire, fiche.Id, "Refuser", "L'avis d'imposition est illisible.", new Dictionary<int, string> { [avis.Id] = "page 2 manquante" }), StringComparison.Ordinal);
        var queue = await gestionnaire.PageAsync($"/gestion/fiches?traitee={fiche.Id}");
        Assert.Contains("Décision enregistrée : la famille est prévenue par email.", queue, StringComparison.Ordinal);
        Assert.DoesNotContain($"Vérifier la fiche suivante ({fiche.Title})", queue, StringComparison.Ordinal);
        var refused = await Reload(fiche);
        Assert.Equal(FicheStatus.Refusee, refused.Status);
        Assert.Equal($"L'avis d'imposition est illisible.\nDernier avis d'imposition ({avis.DisplayName}) : page 2 manquante", refused.Motif);
        var mail = Assert.Single(await Maildev.WaitForAsync(family.Email, e => e.Subject.Contains("a été refusée", StringComparison.Ordinal)));
        Assert.Contains("L'avis d'imposition est illisible.", mail.Text, StringComparison.Ordinal);
        Assert.Contains($"/dossier/fiches/{fiche.Id}\n", mail.Text, StringComparison.Ordinal);
        Assert.Contains($"/dossier/fiches/{fiche.Id}\">corriger la fiche</a>", mail.Html, StringComparison.Ordinal);

        Assert.Contains("Refusée", await parent.PageAsync("/dossier"), StringComparison.Ordinal);
        Assert.EndsWith("statut=transmise", await DossierSteps.PostFicheAsync(parent, fiche, DossierSteps.CompleteResponsable, "transmettre"), StringComparison.Ordinal);
        Assert.StartsWith("/gestion/fiches?traitee=", await DossierSteps.DecideAsync(gestionnaire, fiche.Id, "Accepter", null), StringComparison.Ordinal);

        Assert.Equal(FicheStatus.Acceptee, (await Reload(fiche)).Status);
        var accepted = Assert.Single(await Maildev.WaitForAsync(family.Email, e => e.Subject.Contains("a été acceptée", StringComparison.Ordinal)));
        Assert.Contains("Consulter la fiche : http", accepted.Text, StringComparison.Ordinal);
        Assert.Contains($"/dossier/fiches/{fiche.Id}", accepted.Text, StringComparison.Ordinal);
        // The fiche famille's emails went to its parent only (one message per decision, so none can still be on its way to the other).
        Assert.Empty(await Maildev.ToAsync(family.Emails[1], e => e.Subject.Contains(fiche.Title, StringComparison.OrdinalIgnoreCase)));
        Assert.Contains("Cette fiche a déjà été traitée.", Uri.UnescapeDataString(await DossierSteps.DecideAsync(gestionnaire, fiche.Id, "Refuser", "trop tard")), StringComparison.Ordinal);
        Assert.Equal(FicheStatus.Acceptee, (await Reload(fiche)).Status);
    }

    [Fact]
    public async Task A_double_click_on_transmettre_starts_one_review_and_a_transmitted_fiche_cannot_be_edited()
    {
        var family = await portal.CreateFamilyAsync();
        var parent = PortalClient.For(portal);
        await parent.SignInAsync(family.UserName, TestFamily.Password);
        await parent.PageAsync("/dossier");
        var fiche = (await DossierSteps.FichesAsync(portal, family)).Single(f => f.Kind == FicheKind.Responsable);
        await DossierSteps.PostFicheAsync(parent, fiche, DossierSteps.CompleteResponsable, "brouillon");
        await DossierSteps.UploadRequiredPiecesAsync(parent, portal, family, fiche.Id);

        var clicks = await Task.WhenAll(Enumerable.Range(0, 3).Select(_ => DossierSteps.PostFicheAsync(parent, fiche, DossierSteps.CompleteResponsable, "transmettre")));

        Assert.Contains(clicks, c => c!.EndsWith("statut=transmise", StringComparison.Ordinal));
        await using var scope = portal.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var correlation = fiche.Id.ToString(System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(1, await db.Set<WfInstance>().CountAsync(i => i.DefinitionId == FicheReviewWorkflow.DefinitionId && i.CorrelationId == correlation));
        Assert.Equal(1, await db.Set<WfHumanTask>().CountAsync(t => t.CorrelationId == correlation));

        var tampered = new Dictionary<string, string>(DossierSteps.CompleteResponsable) { ["Address"] = "Adresse modifiée après transmission" };
        Assert.EndsWith("statut=verrouillee", await DossierSteps.PostFicheAsync(parent, fiche, tampered, "brouillon"), StringComparison.Ordinal);
        Assert.DoesNotContain("Adresse modifiée", (await Reload(fiche)).DataJson, StringComparison.Ordinal);
        var piecesBefore = (await Reload(fiche)).Pieces.Count;
        Assert.EndsWith("statut=verrouillee", await DossierSteps.UploadAsync(parent, fiche.Id, "avis-imposition", ("tard.pdf", SamplePdf.Create("tard"))), StringComparison.Ordinal);
        Assert.Equal(piecesBefore, (await Reload(fiche)).Pieces.Count);
    }

    [Fact]
    public async Task Another_familys_fiche_and_documents_are_unreachable_by_id()
    {
        var owner = await portal.CreateFamilyAsync();
        var intruder = await portal.CreateFamilyAsync();
        var ownerClient = PortalClient.For(portal);
        await ownerClient.SignInAsync(owner.UserName, TestFamily.Password);
        await ownerClient.PageAsync("/dossier");
        var fiche = (await DossierSteps.FichesAsync(portal, owner)).Single();
        await DossierSteps.UploadAsync(ownerClient, fiche.Id, "avis-imposition", ("avis.pdf", SamplePdf.Create("Avis 2026")));
        var piece = (await Reload(fiche)).Pieces.Single();

        var client = PortalClient.For(portal);
        await client.SignInAsync(intruder.UserName, TestFamily.Password);
        using var page = await client.GetAsync($"/dossier/fiches/{fiche.Id}");
        using var document = await client.GetAsync($"/documents/{piece.Id}");
        var post = await DossierSteps.PostFicheAsync(client, fiche, DossierSteps.CompleteResponsable, "brouillon", tokenFrom: "/dossier");
        using var staffPage = await client.GetAsync($"/gestion/fiches/{fiche.Id}");

        Assert.Equal(HttpStatusCode.NotFound, page.StatusCode);
        Assert.DoesNotContain("Avis 2026", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, document.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, staffPage.StatusCode);
        using var own = await ownerClient.GetAsync($"/documents/{piece.Id}");
        Assert.Equal(HttpStatusCode.OK, own.StatusCode);
        Assert.Equal("application/pdf", own.Content.Headers.ContentType?.MediaType);
        Assert.Equal("nosniff", own.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("status:404", post);
        Assert.DoesNotContain("rue des Lilas", (await Reload(fiche)).DataJson, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_refused_upload_says_why_in_french_and_stores_nothing()
    {
        var family = await portal.CreateFamilyAsync();
        var client = PortalClient.For(portal);
        await client.SignInAsync(family.UserName, TestFamily.Password);
        await client.PageAsync("/dossier");
        var fiche = (await DossierSteps.FichesAsync(portal, family)).Single();

        var redirect = await DossierSteps.UploadAsync(client, fiche.Id, "avis-imposition",
            ("page.html", "<html><script>alert(1)</script></html>"u8.ToArray()),
            ("avis.pdf", SamplePdf.Create("Avis")));
        var page = await client.PageAsync(redirect!);

        Assert.Contains("ajoutes=1", redirect, StringComparison.Ordinal);
        Assert.Contains("page.html", page, StringComparison.Ordinal);
        Assert.Contains("1 fichier(s) ajouté(s).", page, StringComparison.Ordinal);
        Assert.Equal(["avis.pdf"], (await Reload(fiche)).Pieces.Select(p => p.DisplayName));
    }

    private async Task<Fiche> Reload(Fiche fiche)
    {
        await using var scope = portal.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<AppDbContext>().Fiches.AsNoTracking().Include(f => f.Pieces).SingleAsync(f => f.Id == fiche.Id);
    }
}

[Trait("Database", "Sqlite")]
public sealed class FicheReviewTestsOnSqlite(SqlitePortal portal) : FicheReviewTests<SqlitePortal>(portal);

[Trait("Database", "PostgreSql")]
public sealed class FicheReviewTestsOnPostgreSql(PostgreSqlPortal portal) : FicheReviewTests<PostgreSqlPortal>(portal);
