using System.IO.Compression;
using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using DossierFamille.Web.Features.Accounts;
using DossierFamille.Web.Features.Children;
using DossierFamille.Web.Features.Dossier;
using DossierFamille.Web.Features.Invoicing;
using DossierFamille.Web.Features.Reservations;
using DossierFamille.Web.Features.Rgpd.Copy;
using DossierFamille.Web.Tests.Features.Invoicing;
using DossierFamille.Web.Tests.Features.Reservations;
using DossierFamille.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DossierFamille.Web.Tests.Features.Rgpd;

/// <summary>
/// A parent asks for a copy of their data from the profile; it is built in the background, announced by email, downloadable by
/// that account only, holds exactly what the account may see (separated parents: nothing of the other's own data, nothing of
/// another family) and its link expires.
/// </summary>
public abstract partial class DataCopyTests<TPortal>(TPortal portal) : IClassFixture<TPortal>
    where TPortal : PortalFactory, IClockedPortal
{
    [Fact]
    public async Task A_separated_parent_gets_by_email_a_copy_of_what_the_account_may_see_that_only_this_account_downloads_until_the_link_expires()
    {
        var school = await ReservationSteps.CreateSchoolAsync(portal);
        var family = await portal.CreateFamilyAsync(responsables: 2, separated: true);
        var childId = await ReservationSteps.AddChildAsync(portal, family, school, "Lina");
        var alice = await ClosureSteps.SignInAsync(portal, family.UserNames[0]);
        var bruno = await ClosureSteps.SignInAsync(portal, family.UserNames[1]);
        await alice.PageAsync("/dossier");
        var fiches = await DossierSteps.FichesAsync(portal, family);
        var aliceFiche = fiches.Single(f => f.Kind == FicheKind.Responsable && f.Title.Contains("Alice", StringComparison.Ordinal));
        var brunoFiche = fiches.Single(f => f.Kind == FicheKind.Responsable && f.Title.Contains("Bruno", StringComparison.Ordinal));
        var enfant = fiches.Single(f => f.Kind == FicheKind.Enfant);
        await DossierSteps.PostFicheAsync(alice, aliceFiche, DossierSteps.CompleteResponsable, "brouillon");
        await DossierSteps.PostFicheAsync(bruno, brunoFiche, new(DossierSteps.CompleteResponsable) { ["Address"] = "9 impasse Privée, 99000 Carteville" }, "brouillon");
        await DossierSteps.PostFicheAsync(bruno, enfant, new(DossierSteps.CompleteEnfant) { ["InsuranceContract"] = "C-PARTAGE-42" }, "brouillon");
        Assert.Contains("ajoutes=1", await DossierSteps.UploadAsync(alice, aliceFiche.Id, "avis-imposition", ("avis-alice.pdf", SamplePdf.Create("Avis d'Alice"))), StringComparison.Ordinal);
        Assert.Contains("ajoutes=1", await DossierSteps.UploadAsync(bruno, brunoFiche.Id, "avis-imposition", ("avis-bruno.pdf", SamplePdf.Create("Avis de Bruno"))), StringComparison.Ordinal);
        var alicePiece = Assert.Single(await PurgeSteps.PiecesAsync(portal, aliceFiche.Id));
        var brunoPiece = Assert.Single(await PurgeSteps.PiecesAsync(portal, brunoFiche.Id));
        var aliceSubject = $"Question d'Alice {Guid.NewGuid():N}"[..30];
        var brunoSubject = $"Message de Bruno {Guid.NewGuid():N}"[..30];
        await alice.SubmitForPageAsync("/contact", "contact", new Dictionary<string, string> { ["Input.Subject"] = aliceSubject, ["Input.Body"] = "Merci." });
        await bruno.SubmitForPageAsync("/contact", "contact", new Dictionary<string, string> { ["Input.Subject"] = brunoSubject, ["Input.Body"] = "Ma nouvelle adresse est privée." });
        var aliceRequest = $"Nom d'usage {Guid.NewGuid():N}"[..24];
        var brunoRequest = $"Classe de Bruno {Guid.NewGuid():N}"[..28];
        foreach (var (parent, comment) in new[] { (alice, aliceRequest), (bruno, brunoRequest) })
        {
            using var requested = await parent.SubmitAsync(ChildrenModule.ChangePath(childId), "demande-enfant", new Dictionary<string, string>
            {
                ["Input.FirstName"] = "Lina", ["Input.LastName"] = family.Reference, ["Input.BirthDate"] = "2018-05-04", ["Input.Comment"] = comment,
            });
            Assert.Equal($"{ChildrenModule.ParentPath}?envoyee=true", requested.RedirectPath());
        }

        await DossierSteps.PublishReglementAsync(portal, school.StructureId);
        await DossierSteps.SignReglementAsync(alice, childId);
        var signatureId = await PurgeSteps.QueryAsync(portal, db => db.ReglementSignatures.Where(s => s.ChildId == childId).Select(s => s.Id).SingleAsync());
        var brunoId = await PurgeSteps.QueryAsync(portal, db => db.Users.Where(u => u.UserName == family.UserNames[1]).Select(u => u.Id).SingleAsync());
        await PurgeSteps.QueryAsync(portal, db =>
        {
            db.Bookings.Add(new Booking { FamilyId = enfant.FamilyId, ChildId = childId, ActivityId = school.ApsMatin, Day = ReservationSteps.Monday(portal, 2), State = BookingState.Acceptee, UserId = brunoId, UpdatedAt = portal.Clock.GetUtcNow() });
            return db.SaveChangesAsync();
        });
        var monday = ReservationSteps.Monday(portal, 2);
        await InvoicingSteps.BookAsync(portal, family.UserNames[0], childId, school.Restauration, monday.AddDays(1), 3.05m);
        await InvoicingSteps.BookAsync(portal, family.UserNames[1], childId, school.Restauration, monday.AddDays(2), 4.10m);
        await using (var invoicing = portal.Services.CreateAsyncScope())
        {
            foreach (var month in new[] { monday.AddDays(1), monday.AddDays(2) }.Select(d => new DateOnly(d.Year, d.Month, 1)).Distinct())
            {
                await invoicing.ServiceProvider.GetRequiredService<MonthlyInvoicing>().RunAsync(month, null, TimeSpan.FromMinutes(1), CancellationToken.None);
            }
        }

        var aliceInvoice = Assert.Single(await InvoicingSteps.InvoicesAsync(portal, family.UserNames[0]));
        var brunoInvoice = Assert.Single(await InvoicingSteps.InvoicesAsync(portal, family.UserNames[1]));
        var gestionnaire = await ClosureSteps.SignInAsync(portal, await portal.CreateStaffAsync(Roles.Gestionnaire));
        foreach (var piece in new[] { alicePiece, brunoPiece })
        {
            using var opened = await gestionnaire.GetAsync($"/documents/{piece.Id}");
            Assert.Equal(HttpStatusCode.OK, opened.StatusCode);
        }

        var other = await portal.CreateFamilyAsync();
        var stranger = await ClosureSteps.SignInAsync(portal, other.UserName);
        await stranger.PageAsync("/dossier");
        await DossierSteps.PostFicheAsync(stranger, (await DossierSteps.FichesAsync(portal, other)).First(f => f.Kind == FicheKind.Responsable),
            new(DossierSteps.CompleteResponsable) { ["Address"] = "1 place d'une autre famille" }, "brouillon");

        Assert.Contains("Demander une copie de mes données", await alice.PageAsync(AccountsModule.ProfilePath), StringComparison.Ordinal);
        var asked = await alice.PostFormAsync(AccountsModule.ProfilePath, "/compte/copie-donnees", new Dictionary<string, string>());
        Assert.Contains("Votre demande est enregistrée : vous recevrez un email dès que votre copie sera prête.", asked, StringComparison.Ordinal);
        await alice.PostFormAsync(AccountsModule.ProfilePath, "/compte/copie-donnees", new Dictionary<string, string>());
        Assert.Contains("est en préparation : vous recevrez un email dès qu'elle sera prête.", await alice.PageAsync(AccountsModule.ProfilePath), StringComparison.Ordinal);
        Assert.Equal(1, await PurgeSteps.QueryAsync(portal, db => db.Set<DataCopy>().CountAsync(c => c.FamilyId == enfant.FamilyId)));

        await portal.RunSchedulerAsync();
        var email = Assert.Single(await Maildev.WaitForAsync(family.Emails[0], e => e.Subject == "Votre copie de données est prête"));
        var link = CopyLink().Match(email.Text ?? "");
        Assert.True(link.Success, $"No download link in: {email.Text}");
        Assert.Contains("seul votre compte peut ouvrir ce lien", email.Text, StringComparison.Ordinal);
        Assert.Empty(await Maildev.ToAsync(family.Emails[1], e => e.Subject == "Votre copie de données est prête"));

        using (var refused = await bruno.GetAsync(link.Groups[1].Value))
        {
            Assert.Equal(HttpStatusCode.NotFound, refused.StatusCode);
        }

        var files = await DownloadAsync(alice, link.Groups[1].Value);
        Assert.Equal(
            [$"fiches/{aliceFiche.Id}-", $"fiches/{enfant.Id}-"],
            files.Keys.Where(k => k.StartsWith("fiches/", StringComparison.Ordinal)).Select(k => k[..(k.IndexOf('-', StringComparison.Ordinal) + 1)]).Distinct().Order(StringComparer.Ordinal));
        var document = Assert.Single(files.Keys, k => k.StartsWith("documents/", StringComparison.Ordinal));
        Assert.Equal($"documents/{aliceFiche.Id}/{alicePiece.Id}-avis-alice.pdf", document);
        Assert.Equal(alicePiece.Sha256, Convert.ToHexStringLower(SHA256.HashData(files[document])));
        Assert.Contains($"signatures/accuse-reglement-{signatureId}.pdf", files.Keys);
        Assert.Contains("demandes-enfants.html", files.Keys);
        Assert.Contains($"Facture n° {aliceInvoice.Number}", InvoicingSteps.PdfText(files[$"factures/{aliceInvoice.Number}.pdf"]), StringComparison.Ordinal);
        Assert.DoesNotContain($"factures/{brunoInvoice.Number}.pdf", files.Keys);

        var text = string.Join("\n", files.Where(f => f.Key.EndsWith(".html", StringComparison.Ordinal) || f.Key.EndsWith(".json", StringComparison.Ordinal)).Select(f => WebUtility.HtmlDecode(Encoding.UTF8.GetString(f.Value))));
        foreach (var seen in new[] { "4 rue des Lilas", "C-PARTAGE-42", aliceSubject, "avis-alice.pdf", "APS MATIN", "Un autre responsable de l'enfant", "Alice Test", family.UserNames[0], aliceRequest, "En attente de la mairie", aliceInvoice.Number, "3,05 €" })
        {
            Assert.Contains(seen, text, StringComparison.Ordinal);
        }

        foreach (var hidden in new[] { "9 impasse Privée", brunoSubject, brunoRequest, brunoInvoice.Number, "4,10 €", "avis-bruno.pdf", brunoId, family.UserNames[1], family.Emails[1], other.Reference, "1 place d'une autre famille" })
        {
            Assert.DoesNotContain(hidden, text, StringComparison.Ordinal);
        }

        var consultations = WebUtility.HtmlDecode(Encoding.UTF8.GetString(files["consultations.html"]));
        Assert.Contains("avis-alice.pdf", consultations, StringComparison.Ordinal);
        Assert.Contains("Copie de vos données – Portail Famille", Encoding.UTF8.GetString(files["index.html"]), StringComparison.Ordinal);

        portal.Clock.Advance(DataCopy.Validity + TimeSpan.FromMinutes(1));
        using var expired = await alice.GetAsync(link.Groups[1].Value);
        Assert.Equal(HttpStatusCode.Gone, expired.StatusCode);
        Assert.Contains("Lien expiré", WebUtility.HtmlDecode(await expired.Content.ReadAsStringAsync()), StringComparison.Ordinal);
    }

    private static async Task<Dictionary<string, byte[]>> DownloadAsync(PortalClient client, string path)
    {
        using var response = await client.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/zip", response.Content.Headers.ContentType?.MediaType);
        await using var zip = new ZipArchive(await response.Content.ReadAsStreamAsync(), ZipArchiveMode.Read);
        var files = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        foreach (var entry in zip.Entries)
        {
            await using var content = entry.Open();
            using var copy = new MemoryStream();
            await content.CopyToAsync(copy);
            files[entry.FullName] = copy.ToArray();
        }

        return files;
    }

    [GeneratedRegex(@"http://localhost(/compte/copie-donnees/[0-9a-f-]{36})")]
    private static partial Regex CopyLink();
}

[Trait("Database", "Sqlite")]
public sealed class DataCopyTestsOnSqlite(ClockedSqlitePortal portal) : DataCopyTests<ClockedSqlitePortal>(portal);

[Trait("Database", "PostgreSql")]
public sealed class DataCopyTestsOnPostgreSql(ClockedPostgreSqlPortal portal) : DataCopyTests<ClockedPostgreSqlPortal>(portal);
