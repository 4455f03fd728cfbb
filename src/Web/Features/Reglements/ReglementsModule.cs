using System.Security.Claims;
using DossierFamille.Storage.Blobs;
using DossierFamille.Storage.Intake;
using DossierFamille.Web.Data;
using DossierFamille.Web.Features.Accounts;
using DossierFamille.Web.Features.Designer;
using DossierFamille.Web.Features.Families;
using DossierFamille.Workflows;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace DossierFamille.Web.Features.Reglements;

internal static class ReglementsModule
{
    public const string ParentPath = "/dossier/reglements";

    public static IServiceCollection AddReglements(this IServiceCollection services)
    {
        new WorkflowsBuilder(services).AddActivity<SendReceiptActivity>();
        services.AddScoped<ReglementSignatures>();
        services.AddScoped<Reglements>();
        services.AddScoped<IWorkflowSubjects, SignatureWorkflowSubjects>();
        return services;
    }

    public static IEndpointRouteBuilder MapReglements(this IEndpointRouteBuilder app)
    {
        app.MapPost($"{ParentPath}/signer", SignAsync).RequireAuthorization(Roles.Parent);
        app.MapGet($"{ParentPath}/accuses/{{signatureId:long}}", ReceiptAsync).RequireAuthorization(Roles.Parent);
        app.MapGet("/reglements/{id:int}.pdf", DocumentAsync).RequireAuthorization();
        app.MapPost("/admin/reglements/{structureId:int}", PublishAsync).RequireAuthorization(Roles.Admin);
        return app;
    }

    private static async Task<IResult> SignAsync(
        [FromForm] int childId, [FromForm] int structureId, [FromForm] int reglementId, [FromForm] string? acknowledged,
        [FromForm] string? signerName, [FromForm] string? place, [FromForm] string? signedOn,
        HttpContext http, AccountScopes scopes, ReglementSignatures signatures, CancellationToken ct)
    {
        var command = new SignReglementCommand(childId, structureId, reglementId, acknowledged == "on", signerName, place, signedOn,
            http.Connection.RemoteIpAddress?.ToString() ?? "inconnue", http.Request.Headers.UserAgent.ToString());
        var errors = await signatures.SignAsync(await scopes.ForAsync(http.User, ct), command, ct);
        var query = errors.Count == 0 ? "signe=true" : string.Join('&', errors.Select(e => "erreur=" + Uri.EscapeDataString(e)));
        return TypedResults.LocalRedirect($"{ParentPath}?{query}#enfant-{childId}-{structureId}");
    }

    /// <summary>The receipt of a signature (with the signer's IP address): for the account that signed, or the couple.</summary>
    private static async Task<IResult> ReceiptAsync(long signatureId, ClaimsPrincipal user, AccountScopes scopes, AppDbContext db, CancellationToken ct)
    {
        var scope = await scopes.ForAsync(user, ct);
        var signature = await scope.Owned(db.ReglementSignatures, s => s.FamilyId, s => s.UserId).AsNoTracking().SingleOrDefaultAsync(s => s.Id == signatureId, ct);
        if (signature is null)
        {
            return TypedResults.NotFound();
        }

        var child = await db.Children.Where(c => c.Id == signature.ChildId).Select(c => c.FirstName + " " + c.LastName).SingleAsync(ct);
        var structure = await db.Structures.Where(s => s.Id == signature.StructureId).Select(s => s.Name).SingleAsync(ct);
        var commune = await db.Commune.Select(c => c.Name).SingleAsync(ct);
        return TypedResults.File(ReceiptPdf.Create(signature, child, structure, commune), "application/pdf", $"accuse-reglement-{signature.Id}.pdf");
    }

    private static async Task<IResult> DocumentAsync(int id, AppDbContext db, IBlobStore blobs, CancellationToken ct)
    {
        var reglement = await db.Reglements.AsNoTracking().SingleOrDefaultAsync(r => r.Id == id, ct);
        if (reglement is null || await blobs.OpenReadAsync(reglement.BlobName, ct) is not { } blob)
        {
            return TypedResults.NotFound();
        }

        return TypedResults.Stream(blob.Content, "application/pdf");
    }

    private static async Task<IResult> PublishAsync(int structureId, IFormFile? pdf, ClaimsPrincipal user, Reglements reglements, CancellationToken ct)
    {
        if (pdf is not { Length: > 0 } file)
        {
            return TypedResults.LocalRedirect($"/admin/reglements?erreur={Uri.EscapeDataString("Choisissez le fichier PDF du règlement.")}");
        }

        await using var content = file.OpenReadStream();
        var error = await reglements.PublishAsync(structureId, new IncomingFile(content, file.FileName, file.ContentType), user.GetDisplayName(), ct);
        return TypedResults.LocalRedirect(error is null ? "/admin/reglements?publie=true" : $"/admin/reglements?erreur={Uri.EscapeDataString(error)}");
    }
}
