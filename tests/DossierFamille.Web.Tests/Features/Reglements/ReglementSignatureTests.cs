using System.Net;
using System.Text.RegularExpressions;
using DossierFamille.Web.Data;
using DossierFamille.Web.Features.Accounts;
using DossierFamille.Web.Features.Reglements;
using DossierFamille.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using UglyToad.PdfPig;

namespace DossierFamille.Web.Tests.Features.Reglements;

public abstract partial class ReglementSignatureTests<TPortal>(TPortal portal) : IClassFixture<TPortal>
    where TPortal : PortalFactory
{
    [Fact]
    public async Task A_parent_signs_per_child_the_evidence_is_chained_and_the_receipt_pdf_is_emailed()
    {
        var (family, childId, structureId, parent) = await FamilyWithReglementAsync();

        var unchecked_ = await SignAsync(parent, childId, structureId, acknowledged: false);
        Assert.Contains("Cochez la case", unchecked_, StringComparison.Ordinal);
        var signed = await SignAsync(parent, childId, structureId, acknowledged: true);
        Assert.Contains("Signature enregistrée.", signed, StringComparison.Ordinal);
        Assert.Contains("Signé par Alice", signed, StringComparison.Ordinal);

        await using var scope = portal.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var evidence = await db.ReglementSignatures.AsNoTracking().SingleAsync(s => s.ChildId == childId);
        var reglement = await db.Reglements.AsNoTracking().SingleAsync(r => r.Id == evidence.ReglementId);
        Assert.Equal(ReglementSignatures.Wording, evidence.Wording);
        Assert.Equal(reglement.Sha256, evidence.DocumentSha256);
        Assert.Equal("Carteville", evidence.Place);
        Assert.Equal("test-agent/1.0", evidence.UserAgent);
        Assert.False(string.IsNullOrEmpty(evidence.IpAddress));
        Assert.Null(SignatureChain.FirstBroken(await db.ReglementSignatures.AsNoTracking().OrderBy(s => s.Id).ToListAsync()));

        var email = Assert.Single(await Maildev.WaitForAsync(family.Email, e => e.Subject.StartsWith("Règlement intérieur signé", StringComparison.Ordinal)));
        var attachment = Assert.Single(email.Attachments!);
        Assert.Equal("application/pdf", attachment.ContentType);
        using var receipt = await parent.GetAsync($"/dossier/reglements/accuses/{evidence.Id}");
        using var pdf = PdfDocument.Open(await receipt.Content.ReadAsByteArrayAsync());
        var text = string.Concat(pdf.GetPages().Select(p => p.Text));
        Assert.Contains("Zoé", text, StringComparison.Ordinal);
        Assert.Contains("Accusé de signature du règlement intérieur", text, StringComparison.Ordinal);
        Assert.Contains(evidence.Hash, text, StringComparison.Ordinal);

        var other = await portal.CreateFamilyAsync();
        var intruder = PortalClient.For(portal);
        await intruder.SignInAsync(other.UserName, TestFamily.Password);
        using var stolen = await intruder.GetAsync($"/dossier/reglements/accuses/{evidence.Id}");
        Assert.Equal(HttpStatusCode.NotFound, stolen.StatusCode);
    }

    [Fact]
    public async Task A_new_version_asks_again_by_email_and_a_double_click_signs_once()
    {
        var (family, childId, structureId, parent) = await FamilyWithReglementAsync();
        // A double click posts the same form again: load it once (a reload after the first signature has no form left).
        var form = await parent.PageAsync("/dossier/reglements");
        await Task.WhenAll(Enumerable.Range(0, 3).Select(_ => SignAsync(parent, childId, structureId, acknowledged: true, form)));
        await using (var scope = portal.Services.CreateAsyncScope())
        {
            Assert.Equal(1, await scope.ServiceProvider.GetRequiredService<AppDbContext>().ReglementSignatures.CountAsync(s => s.ChildId == childId));
        }

        await PublishAsync(structureId, "Règlement révisé");

        var page = await parent.PageAsync("/dossier/reglements");
        Assert.Contains(ReglementSignatures.Wording, page, StringComparison.Ordinal);
        Assert.Contains("version 2", page, StringComparison.Ordinal);
        var asked = Assert.Single(await Maildev.WaitForAsync(family.Email, e => e.Subject.StartsWith("Nouveau règlement intérieur : ", StringComparison.Ordinal)));
        Assert.Contains("a changé (version 2)", asked.Text, StringComparison.Ordinal);
        Assert.Contains("/dossier/reglements", asked.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_changed_row_breaks_the_chain()
    {
        var first = Row(1, SignatureChain.Genesis);
        var second = Row(2, first.Hash);
        Assert.Null(SignatureChain.FirstBroken([first, second]));

        second.SignerName = "Quelqu'un d'autre";

        Assert.Equal(2, SignatureChain.FirstBroken([first, second]));
        Assert.Equal(3, SignatureChain.FirstBroken([first, Row(3, "autre")]));
    }

    private static ReglementSignature Row(long id, string previous)
    {
        var row = new ReglementSignature
        {
            Id = id, ReglementId = 1, StructureId = 1, ChildId = (int)id, FamilyId = 1, UserId = "u", SchoolYear = "2026-2027", DocumentVersion = 1,
            DocumentSha256 = "abc", SignerName = "Alice", Place = "Carteville", SignedOn = "2026-11-23T10:00", ServerUtc = DateTimeOffset.UnixEpoch,
            IpAddress = "127.0.0.1", UserAgent = "ua", Wording = ReglementSignatures.Wording, PreviousHash = previous, Hash = "",
        };
        row.Hash = SignatureChain.Compute(row);
        return row;
    }

    private async Task<(TestFamily Family, int ChildId, int StructureId, PortalClient Parent)> FamilyWithReglementAsync()
    {
        var family = await portal.CreateFamilyAsync();
        var childId = await portal.AddChildAsync(family);
        int structureId;
        await using (var scope = portal.Services.CreateAsyncScope())
        {
            structureId = await scope.ServiceProvider.GetRequiredService<AppDbContext>().Enrolments.Where(e => e.ChildId == childId).Select(e => e.StructureId).SingleAsync();
        }

        if (!await HasReglementAsync(structureId))
        {
            await PublishAsync(structureId, "Règlement de la structure");
        }

        var parent = PortalClient.For(portal);
        parent.Http.DefaultRequestHeaders.UserAgent.ParseAdd("test-agent/1.0");
        await parent.SignInAsync(family.UserName, TestFamily.Password);
        return (family, childId, structureId, parent);
    }

    private async Task<bool> HasReglementAsync(int structureId)
    {
        await using var scope = portal.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<AppDbContext>().Reglements.AnyAsync(r => r.StructureId == structureId);
    }

    private async Task PublishAsync(int structureId, string text)
    {
        var admin = PortalClient.For(portal);
        await admin.SignInAsync(await portal.CreateStaffAsync(Roles.Admin), TestFamily.Password);
        var page = await admin.PageAsync("/admin/reglements");
        using var form = new MultipartFormDataContent
        {
            { new StringContent(Token(page)), "__RequestVerificationToken" },
            { new ByteArrayContent(SamplePdf.Create(text)), "pdf", "reglement.pdf" },
        };
        using var response = await admin.Http.PostAsync(new Uri($"/admin/reglements/{structureId}", UriKind.Relative), form);
        Assert.Equal("/admin/reglements?publie=true", response.RedirectPath());
    }

    private static async Task<string> SignAsync(PortalClient parent, int childId, int structureId, bool acknowledged, string? page = null)
    {
        page ??= await parent.PageAsync("/dossier/reglements");
        var reglementId = ReglementField().Match(page).Groups[1].Value;
        var fields = new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = Token(page),
            ["childId"] = $"{childId}",
            ["structureId"] = $"{structureId}",
            ["reglementId"] = reglementId,
            ["signerName"] = "Alice Test",
            ["place"] = "Carteville",
            ["signedOn"] = "2026-11-23T10:15",
        };
        if (acknowledged)
        {
            fields["acknowledged"] = "on";
        }

        using var response = await parent.Http.PostAsync(new Uri("/dossier/reglements/signer", UriKind.Relative), new FormUrlEncodedContent(fields));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return await parent.PageAsync(response.RedirectPath()!);
    }

    private static string Token(string html) => Regex.Match(html, "name=\"__RequestVerificationToken\" value=\"([^\"]+)\"").Groups[1].Value;

    [GeneratedRegex("name=\"reglementId\" value=\"(\\d+)\"")]
    private static partial Regex ReglementField();
}

[Trait("Database", "Sqlite")]
public sealed class ReglementSignatureTestsOnSqlite(SqlitePortal portal) : ReglementSignatureTests<SqlitePortal>(portal);

[Trait("Database", "PostgreSql")]
public sealed class ReglementSignatureTestsOnPostgreSql(PostgreSqlPortal portal) : ReglementSignatureTests<PostgreSqlPortal>(portal);
