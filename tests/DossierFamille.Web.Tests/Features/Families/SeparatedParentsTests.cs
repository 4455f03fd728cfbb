using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using DossierFamille.Web.Data;
using DossierFamille.Web.Features.Dossier;
using DossierFamille.Web.Features.Reglements;
using DossierFamille.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DossierFamille.Web.Tests.Features.Families;

/// <summary>
/// Separated parents: what belongs to one account (fiche famille, its pieces, the autres
/// responsables it declared, messages, signature receipts) answers 404 to the other parent and
/// does not change; the children's fiches are shared and say who changed them last.
/// </summary>
public abstract class SeparatedParentsTests<TPortal>(TPortal portal) : IClassFixture<TPortal>
    where TPortal : PortalFactory
{
    [Fact]
    public async Task The_other_parent_can_neither_read_nor_change_a_fiche_famille_its_pieces_or_a_declared_autre_responsable()
    {
        var (family, _, alice, bruno) = await SeparatedFamilyAsync();
        await alice.PageAsync("/dossier");
        var fiches = await DossierSteps.FichesAsync(portal, family);
        var own = fiches.Single(f => f.Kind == FicheKind.Responsable && f.Title.Contains("Alice", StringComparison.Ordinal));
        var hers = fiches.Single(f => f.Kind == FicheKind.Responsable && f.Title.Contains("Bruno", StringComparison.Ordinal));
        await DossierSteps.PostFicheAsync(alice, own, DossierSteps.CompleteResponsable, "brouillon");
        Assert.Contains("ajoutes=1", await DossierSteps.UploadAsync(alice, own.Id, "avis-imposition", ("avis.pdf", SamplePdf.Create("Avis d'imposition"))), StringComparison.Ordinal);
        var autre = await AddAutreResponsableAsync(alice, family, "Gérard", "Nouveau-Compagnon");
        var piece = (await ReloadAsync(own.Id)).Pieces.Single();
        var before = await ReloadAsync(own.Id);
        var autreBefore = await ReloadAsync(autre.Id);

        foreach (var path in new[] { DossierModule.FichePath(own.Id), DossierModule.FichePath(autre.Id), $"/documents/{piece.Id}" })
        {
            using var response = await bruno.GetAsync(path);
            var body = await response.Content.ReadAsStringAsync();
            Assert.True(response.StatusCode == HttpStatusCode.NotFound, $"GET {path} answered {(int)response.StatusCode} to the other parent");
            Assert.DoesNotContain("4 rue des Lilas", body, StringComparison.Ordinal);
            Assert.DoesNotContain("Nouveau-Compagnon", body, StringComparison.Ordinal);
        }

        var changed = new Dictionary<string, string>(DossierSteps.CompleteResponsable) { ["Address"] = "Écrit par l'autre parent" };
        Assert.Equal("status:404", await DossierSteps.PostFicheAsync(bruno, own, changed, "brouillon", tokenFrom: "/dossier"));
        Assert.Equal("status:404", await DossierSteps.PostFicheAsync(bruno, own, changed, "transmettre", tokenFrom: "/dossier"));
        Assert.Equal("status:404", await DossierSteps.PostFicheAsync(bruno, autre, new() { ["LastName"] = "Effacé" }, "brouillon", tokenFrom: "/dossier"));
        Assert.Equal("status:404", await DossierSteps.UploadAsync(bruno, "/dossier", own.Id, "avis-imposition", ("faux.pdf", SamplePdf.Create("Faux avis"))));
        Assert.Equal("status:404", await PostAsync(bruno, $"{DossierModule.FichePath(own.Id)}/pieces/{piece.Id}/supprimer"));

        var after = await ReloadAsync(own.Id);
        Assert.Equal(before.DataJson, after.DataJson);
        Assert.Equal(FicheStatus.Brouillon, after.Status);
        Assert.Equal([piece.Id], after.Pieces.Select(p => p.Id));
        Assert.Equal(autreBefore.DataJson, (await ReloadAsync(autre.Id)).DataJson);

        foreach (var page in new[] { "/", "/dossier" })
        {
            var html = await bruno.PageAsync(page);
            Assert.DoesNotContain(own.Title, html, StringComparison.Ordinal);
            Assert.DoesNotContain("Nouveau-Compagnon", html, StringComparison.Ordinal);
            Assert.Contains(hers.Title, html, StringComparison.Ordinal);
        }

        Assert.Contains("4 rue des Lilas", await alice.PageAsync(DossierModule.FichePath(own.Id)), StringComparison.Ordinal);
        Assert.Contains("Nouveau-Compagnon", await alice.PageAsync("/dossier"), StringComparison.Ordinal);
        using (var download = await alice.GetAsync($"/documents/{piece.Id}"))
        {
            Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        }

        using var reverse = await alice.GetAsync(DossierModule.FichePath(hers.Id));
        Assert.Equal(HttpStatusCode.NotFound, reverse.StatusCode);
    }

    [Fact]
    public async Task Messages_to_the_mairie_and_signature_receipts_stay_with_the_parent_who_wrote_and_signed_them()
    {
        var (family, childId, alice, bruno) = await SeparatedFamilyAsync();
        var structureId = await QueryAsync(db => db.Enrolments.Where(e => e.ChildId == childId).Select(e => e.StructureId).SingleAsync());
        if (!await QueryAsync(db => db.Reglements.AnyAsync(r => r.StructureId == structureId)))
        {
            await DossierSteps.PublishReglementAsync(portal, structureId);
        }

        var subject = $"Ne pas communiquer mon adresse {Guid.NewGuid():N}"[..40];
        await alice.SubmitForPageAsync("/contact", "contact", new Dictionary<string, string> { ["Input.Subject"] = subject, ["Input.Body"] = "Merci de ne pas transmettre ma nouvelle adresse." });
        await DossierSteps.SignReglementAsync(alice, childId);
        var signature = await QueryAsync(db => db.ReglementSignatures.SingleAsync(s => s.ChildId == childId));
        var receipt = $"{ReglementsModule.ParentPath}/accuses/{signature.Id}";

        Assert.DoesNotContain(subject, await bruno.PageAsync("/contact"), StringComparison.Ordinal);
        Assert.Contains(subject, await alice.PageAsync("/contact"), StringComparison.Ordinal);
        using (var response = await bruno.GetAsync(receipt))
        {
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        }

        using (var response = await alice.GetAsync(receipt))
        {
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal("application/pdf", response.Content.Headers.ContentType?.MediaType);
        }

        var reglements = await bruno.PageAsync(ReglementsModule.ParentPath);
        Assert.Contains("Signé par l'autre responsable de l'enfant.", reglements, StringComparison.Ordinal);
        Assert.DoesNotContain(signature.Place, reglements, StringComparison.Ordinal);
        Assert.DoesNotContain(receipt, reglements, StringComparison.Ordinal);
        Assert.DoesNotContain("Signer le règlement intérieur", await bruno.PageAsync("/"), StringComparison.Ordinal);
        Assert.Contains(receipt, await alice.PageAsync(ReglementsModule.ParentPath), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Both_parents_change_the_fiche_enfant_and_its_pieces_and_the_page_says_who_changed_it_last()
    {
        var (family, _, alice, bruno) = await SeparatedFamilyAsync();
        await alice.PageAsync("/dossier");
        var enfant = (await DossierSteps.FichesAsync(portal, family)).Single(f => f.Kind == FicheKind.Enfant);
        await DossierSteps.PostFicheAsync(alice, enfant, DossierSteps.CompleteEnfant, "brouillon");
        var code = await RequiredPieceAsync(enfant);
        Assert.Contains("ajoutes=1", await DossierSteps.UploadAsync(alice, enfant.Id, code, ("assurance.pdf", SamplePdf.Create("Attestation"))), StringComparison.Ordinal);
        var piece = (await ReloadAsync(enfant.Id)).Pieces.Single();

        var seen = await bruno.PageAsync(DossierModule.FichePath(enfant.Id));
        Assert.Contains(await LastChangeAsync(enfant.Id, $"Alice {family.Reference.Replace("T-", "Test", StringComparison.Ordinal)}"), seen, StringComparison.Ordinal);
        using (var download = await bruno.GetAsync($"/documents/{piece.Id}"))
        {
            Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        }

        var changed = new Dictionary<string, string>(DossierSteps.CompleteEnfant) { ["InsuranceContract"] = "C-BRUNO-1" };
        Assert.EndsWith("statut=brouillon", await DossierSteps.PostFicheAsync(bruno, enfant, changed, "brouillon"), StringComparison.Ordinal);
        Assert.EndsWith("#pieces", await PostAsync(bruno, $"{DossierModule.FichePath(enfant.Id)}/pieces/{piece.Id}/supprimer", DossierModule.FichePath(enfant.Id)), StringComparison.Ordinal);

        var page = await alice.PageAsync(DossierModule.FichePath(enfant.Id));
        Assert.Contains("C-BRUNO-1", page, StringComparison.Ordinal);
        Assert.Contains(await LastChangeAsync(enfant.Id, $"Bruno {family.Reference.Replace("T-", "Test", StringComparison.Ordinal)}"), page, StringComparison.Ordinal);
        Assert.Contains($"Pièce supprimée (Bruno", page, StringComparison.Ordinal);
        Assert.Empty((await ReloadAsync(enfant.Id)).Pieces);
    }

    [Fact]
    public async Task Staff_see_each_parents_private_data_labelled_with_the_parents_name()
    {
        var (family, _, alice, bruno) = await SeparatedFamilyAsync();
        await alice.PageAsync("/dossier");
        var own = (await DossierSteps.FichesAsync(portal, family)).Single(f => f.Kind == FicheKind.Responsable && f.Title.Contains("Alice", StringComparison.Ordinal));
        await DossierSteps.PostFicheAsync(alice, own, DossierSteps.CompleteResponsable, "brouillon");
        var autre = await AddAutreResponsableAsync(alice, family, "Gérard", "Nouveau-Compagnon");
        var subject = $"Message privé {Guid.NewGuid():N}"[..30];
        await bruno.SubmitForPageAsync("/contact", "contact", new Dictionary<string, string> { ["Input.Subject"] = subject, ["Input.Body"] = "Question de Bruno." });
        var aliceName = $"Alice {family.Reference.Replace("T-", "Test", StringComparison.Ordinal)}";
        var brunoName = $"Bruno {family.Reference.Replace("T-", "Test", StringComparison.Ordinal)}";
        var gestionnaire = PortalClient.For(portal);
        await gestionnaire.SignInAsync(await portal.CreateStaffAsync(Web.Features.Accounts.Roles.Gestionnaire), TestFamily.Password);
        var familyId = await QueryAsync(db => db.Families.Where(f => f.Reference == family.Reference).Select(f => f.Id).SingleAsync());

        var page = await gestionnaire.PageAsync(Web.Features.Families.FamiliesModule.FamilyPath(familyId));
        Assert.Matches($@"{Regex.Escape(own.Title)}\s*<small class=""private-to""> — privé : {aliceName}</small>", page);
        Assert.Matches($@"Fiche autre responsable – Gérard Nouveau-Compagnon\s*<small class=""private-to""> — privé : {aliceName}</small>", page);
        Assert.Matches($@"Fiche famille – {brunoName}\s*<small class=""private-to""> — privé : {brunoName}</small>", page);
        var review = await gestionnaire.PageAsync($"/gestion/fiches/{autre.Id}");
        Assert.Contains($"privé : {aliceName}", review, StringComparison.Ordinal);
        Assert.Contains("Nouveau-Compagnon", review, StringComparison.Ordinal);
        Assert.Contains($"{brunoName} – ", (await gestionnaire.PageAsync("/gestion/messages")).Split(subject)[1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_couple_shares_every_fiche_and_message()
    {
        var family = await portal.CreateFamilyAsync(responsables: 2);
        await portal.AddChildAsync(family, "Lina");
        var alice = await SignInAsync(family.UserNames[0]);
        var bruno = await SignInAsync(family.UserNames[1]);
        await alice.PageAsync("/dossier");
        var own = (await DossierSteps.FichesAsync(portal, family)).Single(f => f.Kind == FicheKind.Responsable && f.Title.Contains("Alice", StringComparison.Ordinal));
        await DossierSteps.PostFicheAsync(alice, own, DossierSteps.CompleteResponsable, "brouillon");
        var subject = $"Question du couple {Guid.NewGuid():N}"[..30];
        await alice.SubmitForPageAsync("/contact", "contact", new Dictionary<string, string> { ["Input.Subject"] = subject, ["Input.Body"] = "Une question." });

        Assert.Contains("4 rue des Lilas", await bruno.PageAsync(DossierModule.FichePath(own.Id)), StringComparison.Ordinal);
        Assert.Contains(subject, await bruno.PageAsync("/contact"), StringComparison.Ordinal);
    }

    /// <summary>Separated parents Alice and Bruno with a child enrolled in the open campaign, both signed in.</summary>
    private async Task<(TestFamily Family, int ChildId, PortalClient Alice, PortalClient Bruno)> SeparatedFamilyAsync()
    {
        var family = await portal.CreateFamilyAsync(responsables: 2, separated: true);
        var childId = await portal.AddChildAsync(family, "Lina");
        return (family, childId, await SignInAsync(family.UserNames[0]), await SignInAsync(family.UserNames[1]));
    }

    private async Task<PortalClient> SignInAsync(string userName)
    {
        var client = PortalClient.For(portal);
        await client.SignInAsync(userName, TestFamily.Password);
        return client;
    }

    private async Task<Fiche> AddAutreResponsableAsync(PortalClient parent, TestFamily family, string firstName, string lastName)
    {
        var dossier = await parent.PageAsync("/dossier");
        using var response = await parent.Http.PostAsync(new Uri("/dossier/autres-responsables", UriKind.Relative),
            new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = DossierSteps.Token(dossier) }));
        var fiche = (await DossierSteps.FichesAsync(portal, family)).Single(f => response.RedirectPath() == DossierModule.FichePath(f.Id));
        Assert.EndsWith("statut=brouillon", await DossierSteps.PostFicheAsync(parent, fiche, new() { ["FirstName"] = firstName, ["LastName"] = lastName }, "brouillon"), StringComparison.Ordinal);
        return fiche;
    }

    /// <summary>Posts a body-less form with a token from /dossier; returns where it redirected, or "status:NNN".</summary>
    private static async Task<string?> PostAsync(PortalClient client, string action, string tokenFrom = "/dossier")
    {
        var page = await client.PageAsync(tokenFrom);
        using var response = await client.Http.PostAsync(new Uri(action, UriKind.Relative),
            new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = DossierSteps.Token(page) }));
        return response.StatusCode == HttpStatusCode.Redirect ? response.RedirectPath() : $"status:{(int)response.StatusCode}";
    }

    /// <summary>The line the fiche page shows for its latest change, in the commune's time (Europe/Paris).</summary>
    private async Task<string> LastChangeAsync(int ficheId, string actor)
    {
        var at = await QueryAsync(db => db.FicheEvents.Where(e => e.FicheId == ficheId).OrderByDescending(e => e.Id).Select(e => e.At).FirstAsync());
        var local = TimeZoneInfo.ConvertTime(at, TimeZoneInfo.FindSystemTimeZoneById("Europe/Paris"));
        return string.Create(CultureInfo.InvariantCulture, $"Dernière modification par {actor}, le {local:dd/MM/yyyy} à {local:HH:mm}");
    }

    private async Task<string> RequiredPieceAsync(Fiche fiche)
    {
        await using var scope = portal.Services.CreateAsyncScope();
        return (await scope.ServiceProvider.GetRequiredService<PieceRequirements>().ForAsync(fiche, CancellationToken.None))[0].Code;
    }

    private Task<Fiche> ReloadAsync(int ficheId) => QueryAsync(db => db.Fiches.AsNoTracking().Include(f => f.Pieces).SingleAsync(f => f.Id == ficheId));

    private async Task<T> QueryAsync<T>(Func<AppDbContext, Task<T>> query)
    {
        await using var scope = portal.Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<AppDbContext>());
    }
}

[Trait("Database", "Sqlite")]
public sealed class SeparatedParentsTestsOnSqlite(SqlitePortal portal) : SeparatedParentsTests<SqlitePortal>(portal);

[Trait("Database", "PostgreSql")]
public sealed class SeparatedParentsTestsOnPostgreSql(PostgreSqlPortal portal) : SeparatedParentsTests<PostgreSqlPortal>(portal);
