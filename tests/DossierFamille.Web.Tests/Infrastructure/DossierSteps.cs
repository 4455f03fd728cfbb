using System.Net;
using System.Net.Http.Headers;
using System.Text.RegularExpressions;
using DossierFamille.Web.Data;
using DossierFamille.Web.Features.Dossier;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DossierFamille.Web.Tests.Infrastructure;

/// <summary>What a parent does on the dossier pages, through HTTP like a browser without JavaScript.</summary>
public static partial class DossierSteps
{
    public static readonly Dictionary<string, string> CompleteResponsable = new()
    {
        ["BirthDate"] = "1985-04-12",
        ["Address"] = "4 rue des Lilas, 99000 Carteville",
        ["MobilePhone"] = "06 12 34 56 78",
        ["Email"] = "parent@test.example",
        ["FamilySituation"] = "Marié(e) / pacsé(e)",
        ["Regime"] = "CAF",
        ["AllocataireNumber"] = "1234567",
        ["QuotientFamilial"] = "850",
    };

    public static readonly Dictionary<string, string> CompleteEnfant = new()
    {
        ["InsuranceCompany"] = "MAIF",
        ["InsuranceContract"] = "C-998877",
        ["InsuranceExpiresOn"] = "2027-08-31",
        ["ImageRights"] = "true",
        ["MedicalEmergency"] = "true",
    };

    public static async Task<IReadOnlyList<Fiche>> FichesAsync(PortalFactory portal, TestFamily family)
    {
        await using var scope = portal.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        return await db.Fiches.AsNoTracking().Include(f => f.Pieces)
            .Where(f => db.Families.Any(x => x.Id == f.FamilyId && x.Reference == family.Reference)).OrderBy(f => f.Kind).ToListAsync();
    }

    /// <summary>Posts the fiche form ("brouillon" or "transmettre") and returns where it redirected.</summary>
    public static async Task<string?> PostFicheAsync(PortalClient client, Fiche fiche, Dictionary<string, string> fields, string action, string? tokenFrom = null)
    {
        var page = await client.PageAsync(tokenFrom ?? $"/dossier/fiches/{fiche.Id}");
        var content = new Dictionary<string, string>(fields) { ["action"] = action, ["__RequestVerificationToken"] = Token(page) };
        using var response = await client.Http.PostAsync(new Uri(DossierModule.FormPath(fiche), UriKind.Relative), new FormUrlEncodedContent(content));
        return response.StatusCode == HttpStatusCode.Redirect ? response.RedirectPath() : $"status:{(int)response.StatusCode}";
    }

    public static Task<string?> UploadAsync(PortalClient client, int ficheId, string pieceCode, params (string Name, byte[] Content)[] files) =>
        UploadAsync(client, $"/dossier/fiches/{ficheId}", ficheId, pieceCode, files);

    /// <summary>Uploads with the antiforgery token of <paramref name="tokenFrom"/>, e.g. when the fiche's own page is out of reach.</summary>
    public static async Task<string?> UploadAsync(PortalClient client, string tokenFrom, int ficheId, string pieceCode, params (string Name, byte[] Content)[] files)
    {
        var page = await client.PageAsync(tokenFrom);
        using var form = new MultipartFormDataContent
        {
            { new StringContent(Token(page)), "__RequestVerificationToken" },
            { new StringContent(pieceCode), "piece" },
        };
        foreach (var (name, content) in files)
        {
            var part = new ByteArrayContent(content);
            part.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
            form.Add(part, "files", name);
        }

        using var response = await client.Http.PostAsync(new Uri($"/dossier/fiches/{ficheId}/pieces", UriKind.Relative), form);
        return response.StatusCode == HttpStatusCode.Redirect ? response.RedirectPath() : $"status:{(int)response.StatusCode}";
    }

    /// <summary>Uploads a PDF for every piece the fiche currently requires.</summary>
    public static async Task UploadRequiredPiecesAsync(PortalClient client, PortalFactory portal, TestFamily family, int ficheId)
    {
        var fiche = (await FichesAsync(portal, family)).Single(f => f.Id == ficheId);
        await using var scope = portal.Services.CreateAsyncScope();
        foreach (var piece in await scope.ServiceProvider.GetRequiredService<PieceRequirements>().ForAsync(fiche, CancellationToken.None))
        {
            var redirect = await UploadAsync(client, ficheId, piece.Code, ($"{piece.Code}.pdf", SamplePdf.Create(piece.Label)));
            Assert.Contains("ajoutes=1", redirect, StringComparison.Ordinal);
        }
    }

    /// <summary>Publishes a règlement intérieur (a small PDF) for the structure, as an admin does.</summary>
    public static async Task PublishReglementAsync(PortalFactory portal, int structureId, string text = "Règlement")
    {
        var admin = PortalClient.For(portal);
        await admin.SignInAsync(await portal.CreateStaffAsync(Web.Features.Accounts.Roles.Admin), TestFamily.Password);
        var page = await admin.PageAsync("/admin/reglements");
        using var form = new MultipartFormDataContent
        {
            { new StringContent(Token(page)), "__RequestVerificationToken" },
            { new ByteArrayContent(SamplePdf.Create(text)), "pdf", "reglement.pdf" },
        };
        using var response = await admin.Http.PostAsync(new Uri($"/admin/reglements/{structureId}", UriKind.Relative), form);
        Assert.Equal("/admin/reglements?publie=true", response.RedirectPath());
    }

    /// <summary>Signs the child's first règlement still to sign on /dossier/reglements.</summary>
    public static async Task SignReglementAsync(PortalClient parent, int childId) =>
        Assert.Contains("signe=true", await PostSignatureAsync(parent, childId), StringComparison.Ordinal);

    /// <summary>Posts the signature form of the child's first règlement still to sign; returns where it redirected.</summary>
    public static async Task<string> PostSignatureAsync(PortalClient parent, int childId)
    {
        var page = await parent.PageAsync("/dossier/reglements");
        var form = Regex.Match(page, $"name=\"childId\" value=\"{childId}\"[\\s\\S]*?name=\"structureId\" value=\"(\\d+)\"[\\s\\S]*?name=\"reglementId\" value=\"(\\d+)\"");
        Assert.True(form.Success, "No signature form for the child");
        using var response = await parent.Http.PostAsync(new Uri("/dossier/reglements/signer", UriKind.Relative), new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = Token(page),
            ["childId"] = $"{childId}",
            ["structureId"] = form.Groups[1].Value,
            ["reglementId"] = form.Groups[2].Value,
            ["acknowledged"] = "on",
            ["signerName"] = "Alice Test",
            ["place"] = "Carteville",
            ["signedOn"] = "2026-11-23T10:15",
        }));
        return response.StatusCode == HttpStatusCode.Redirect ? response.RedirectPath()! : $"status:{(int)response.StatusCode}";
    }

    /// <summary>Fills the fiche with complete content, uploads its required pieces and transmits it.</summary>
    public static async Task TransmitCompleteAsync(PortalClient client, PortalFactory portal, TestFamily family, Fiche fiche)
    {
        var content = fiche.Kind == FicheKind.Enfant ? CompleteEnfant : CompleteResponsable;
        await PostFicheAsync(client, fiche, content, "brouillon");
        await UploadRequiredPiecesAsync(client, portal, family, fiche.Id);
        Assert.EndsWith("statut=transmise", await PostFicheAsync(client, fiche, content, "transmettre"), StringComparison.Ordinal);
    }

    /// <summary>A signed-in parent fills the fiche famille, adds its pièces and transmits it.</summary>
    public static async Task<Fiche> TransmitFicheFamilleAsync(PortalClient parent, PortalFactory portal, TestFamily family)
    {
        await parent.PageAsync("/dossier");
        var fiche = (await FichesAsync(portal, family)).First(f => f.Kind == FicheKind.Responsable);
        await PostFicheAsync(parent, fiche, CompleteResponsable, "brouillon");
        await UploadRequiredPiecesAsync(parent, portal, family, fiche.Id);
        Assert.EndsWith("statut=transmise", await PostFicheAsync(parent, fiche, CompleteResponsable, "transmettre"), StringComparison.Ordinal);
        return fiche;
    }

    /// <summary>Posts the review decision; <paramref name="pieceMotifs"/> maps stored piece ids to their own motif.</summary>
    public static async Task<string> DecideAsync(PortalClient gestionnaire, int ficheId, string decision, string? motif, IReadOnlyDictionary<int, string>? pieceMotifs = null)
    {
        var page = await gestionnaire.PageAsync($"/gestion/fiches/{ficheId}");
        var fields = new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = Token(page),
            ["decision"] = decision,
            ["motif"] = motif ?? "",
        };
        foreach (var (pieceId, text) in pieceMotifs ?? new Dictionary<int, string>())
        {
            fields[DossierModule.PieceMotifField + pieceId] = text;
        }

        using var response = await gestionnaire.Http.PostAsync(new Uri($"/gestion/fiches/{ficheId}/decision", UriKind.Relative), new FormUrlEncodedContent(fields));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return response.RedirectPath()!;
    }

    public static string Token(string html) => AntiforgeryToken().Match(html).Groups[1].Value;

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryToken();
}
