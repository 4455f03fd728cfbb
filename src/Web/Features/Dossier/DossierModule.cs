using System.Globalization;
using System.Security.Claims;
using DossierFamille.Storage;
using DossierFamille.Storage.Intake;
using DossierFamille.Web.Data;
using DossierFamille.Web.Features.Accounts;
using DossierFamille.Web.Features.Designer;
using DossierFamille.Web.Features.Families;
using DossierFamille.Web.Features.Rgpd;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Net.Http.Headers;

namespace DossierFamille.Web.Features.Dossier;

using Workflows = DossierFamille.Workflows;

internal static class DossierModule
{
    public const string DossierPath = "/dossier";

    public static IServiceCollection AddDossier(this IServiceCollection services)
    {
        new Workflows.WorkflowsBuilder(services).AddActivity<PrepareFicheReviewActivity>().AddActivity<ApplyFicheDecisionActivity>().AddActivity<CheckDossierCompletActivity>();
        services.AddScoped<DossierService>();
        services.AddScoped<DossierProgressReader>();
        services.AddScoped<DossierCompletion>();
        services.AddScoped<PieceRequirements>();
        services.AddScoped<FichePieces>();
        services.AddScoped<FicheReviews>();
        services.AddScoped<IWorkflowSubjects, FicheWorkflowSubjects>();
        services.AddSingleton<TransmissionRecovery>();
        services.AddHostedService(sp => sp.GetRequiredService<TransmissionRecovery>());
        return services;
    }

    public static IEndpointRouteBuilder MapDossier(this IEndpointRouteBuilder app)
    {
        var parent = app.MapGroup(DossierPath).RequireAuthorization(Roles.Parent);
        parent.MapPost("/fiches/{id:int}/responsable", ([FromRoute] int id, [FromForm] ResponsableData data, [FromForm] string action, HttpContext http, AccountScopes scopes, DossierService dossier, CancellationToken ct) =>
            SaveAsync(id, data, action, http, scopes, dossier, ct));
        parent.MapPost("/fiches/{id:int}/autre-responsable", ([FromRoute] int id, [FromForm] AutreResponsableData data, [FromForm] string action, HttpContext http, AccountScopes scopes, DossierService dossier, CancellationToken ct) =>
            SaveAsync(id, data, action, http, scopes, dossier, ct));
        parent.MapPost("/autres-responsables", async (ClaimsPrincipal user, AccountScopes scopes, DossierService dossier, CancellationToken ct) =>
            await dossier.AddAutreResponsableAsync(await scopes.ForAsync(user, ct), ct) is { } fiche
                ? Results.LocalRedirect(FichePath(fiche.Id))
                : Results.LocalRedirect(DossierPath));
        parent.MapPost("/fiches/{id:int}/enfant", ([FromRoute] int id, [FromForm] EnfantData data, [FromForm] string action, HttpContext http, AccountScopes scopes, DossierService dossier, CancellationToken ct) =>
            SaveAsync(id, data, action, http, scopes, dossier, ct));
        // Large enough for four phone photos: the intake gives each file its own clear refusal.
        parent.MapPost("/fiches/{id:int}/pieces", UploadAsync).WithMetadata(new RequestSizeLimitAttribute(64_000_000));
        parent.MapPost("/fiches/{id:int}/pieces/{pieceId:int}/supprimer", DeletePieceAsync);
        parent.MapPost("/fiches/{id:int}/supprimer", DeleteFicheAsync);

        app.MapGet("/documents/{pieceId:int}", DownloadAsync).RequireAuthorization();
        app.MapPost("/gestion/fiches/{id:int}/decision", DecideAsync).RequireAuthorization(Roles.Gestionnaire);
        return app;
    }

    /// <summary>The review form's field carrying the motif of one document: "motif-piece-{pieceId}".</summary>
    public const string PieceMotifField = "motif-piece-";

    public static string FichePath(int ficheId) => $"{DossierPath}/fiches/{ficheId}";

    /// <summary>Where the fiche's form posts, by kind.</summary>
    public static string FormPath(Fiche fiche) => $"{FichePath(fiche.Id)}/{fiche.Kind switch
    {
        FicheKind.Responsable => "responsable",
        FicheKind.Enfant => "enfant",
        _ => "autre-responsable",
    }}";

    private static async Task<IResult> SaveAsync(int id, object data, string action, HttpContext http, AccountScopes scopes, DossierService dossier, CancellationToken ct)
    {
        var fiche = await dossier.FindAsync(await scopes.ForAsync(http.User, ct), id, ct);
        if (fiche is null)
        {
            return TypedResults.NotFound();
        }

        if (!fiche.IsEditable)
        {
            return TypedResults.LocalRedirect($"{FichePath(id)}?statut=verrouillee");
        }

        var actor = http.User.GetDisplayName();
        if (action != "transmettre")
        {
            await dossier.SaveDraftAsync(fiche, data, actor, ct);
            return TypedResults.LocalRedirect($"{FichePath(id)}?statut=brouillon");
        }

        var problems = await dossier.TransmitAsync(fiche, data, actor, ct);
        return TypedResults.LocalRedirect($"{FichePath(id)}?statut={(problems.Count == 0 ? "transmise" : "incomplete")}");
    }

    private static async Task<IResult> UploadAsync(int id, [FromForm] string? piece, IFormFileCollection files, HttpContext http, AccountScopes scopes, DossierService dossier, PieceRequirements requirements, FichePieces pieces, CancellationToken ct)
    {
        var fiche = await dossier.FindAsync(await scopes.ForAsync(http.User, ct), id, ct);
        if (fiche is null)
        {
            return TypedResults.NotFound();
        }

        if (!fiche.IsEditable)
        {
            return TypedResults.LocalRedirect($"{FichePath(id)}?statut=verrouillee");
        }

        if (piece is null || !(await requirements.ForAsync(fiche, ct)).Any(p => p.Code == piece) || files.Count == 0)
        {
            return TypedResults.LocalRedirect($"{FichePath(id)}?refus={Uri.EscapeDataString("Choisissez la pièce concernée et au moins un fichier.")}#pieces");
        }

        var streams = files.Select(f => f.OpenReadStream()).ToList();
        try
        {
            IReadOnlyList<IntakeResult> results;
            try
            {
                results = await pieces.AddAsync(fiche, piece, [.. files.Select((f, i) => new IncomingFile(streams[i], f.FileName, f.ContentType))], http.User.GetDisplayName(), ct);
            }
            catch (FicheLockedException)
            {
                return TypedResults.LocalRedirect($"{FichePath(id)}?statut=verrouillee");
            }

            var refusals = results.OfType<RefusedDocument>().Select(r => "refus=" + Uri.EscapeDataString(r.Message));
            var accepted = results.OfType<AcceptedDocument>().Count();
            return TypedResults.LocalRedirect($"{FichePath(id)}?ajoutes={accepted}&{string.Join('&', refusals)}#pieces");
        }
        finally
        {
            foreach (var stream in streams)
            {
                await stream.DisposeAsync();
            }
        }
    }

    private static async Task<IResult> DeleteFicheAsync(int id, HttpContext http, AccountScopes scopes, DossierService dossier, FichePieces pieces, CancellationToken ct)
    {
        var fiche = await dossier.FindAsync(await scopes.ForAsync(http.User, ct), id, ct);
        if (fiche is null || !fiche.IsDeletable)
        {
            return TypedResults.NotFound();
        }

        foreach (var piece in fiche.Pieces.ToList())
        {
            await pieces.DeleteAsync(fiche, piece.Id, http.User.GetDisplayName(), ct);
        }

        await dossier.DeleteAsync(fiche, ct);
        return TypedResults.LocalRedirect($"{DossierPath}?supprimee=true");
    }

    private static async Task<IResult> DeletePieceAsync(int id, int pieceId, HttpContext http, AccountScopes scopes, DossierService dossier, FichePieces pieces, CancellationToken ct)
    {
        var fiche = await dossier.FindAsync(await scopes.ForAsync(http.User, ct), id, ct);
        if (fiche is null || !fiche.IsEditable || !await pieces.DeleteAsync(fiche, pieceId, http.User.GetDisplayName(), ct))
        {
            return TypedResults.NotFound();
        }

        return TypedResults.LocalRedirect($"{FichePath(id)}#pieces");
    }

    /// <summary>A stored piece, for the accounts that reach its fiche or for staff; served with its sniffed type, never as HTML.</summary>
    private static async Task<IResult> DownloadAsync(int pieceId, HttpContext http, AccountScopes scopes, FichePieces pieces, AccessLog accessLog, CancellationToken ct)
    {
        var scope = await scopes.ForAsync(http.User, ct);
        if (await pieces.OpenAsync(pieceId, scope, ct) is not { } file)
        {
            return TypedResults.NotFound();
        }

        if (scope.IsStaff)
        {
            await accessLog.RecordPieceAsync(http.User, file.Piece, file.Piece.Fiche!, ct);
        }

        http.Response.Headers[HeaderNames.ContentSecurityPolicy] = "default-src 'none'; sandbox";
        var inline = file.Piece.ContentType is "application/pdf" or "image/jpeg" or "image/png" or "image/webp";
        return TypedResults.Stream(file.Content, inline ? file.Piece.ContentType : "application/octet-stream", inline ? null : file.Piece.DisplayName);
    }

    /// <summary>The decision, its motif and one motif per refused document (fields named by piece, bound with the whole form).</summary>
    private static async Task<IResult> DecideAsync(int id, [FromForm] string decision, [FromForm] string? motif, IFormCollection form, ClaimsPrincipal user, FicheReviews reviews, CancellationToken ct)
    {
        var pieceMotifs = form.Where(f => f.Key.StartsWith(PieceMotifField, StringComparison.Ordinal) && !string.IsNullOrWhiteSpace(f.Value))
            .Select(f => (Ok: int.TryParse(f.Key.AsSpan(PieceMotifField.Length), CultureInfo.InvariantCulture, out var pieceId), pieceId, Text: f.Value.ToString()))
            .Where(f => f.Ok).ToDictionary(f => f.pieceId, f => f.Text);
        var error = await reviews.DecideAsync(id, decision == ApplyFicheDecisionActivity.Accept, motif, pieceMotifs, user.GetDisplayName(), ct);
        return error is null
            ? TypedResults.LocalRedirect($"/gestion/fiches?traitee={id}")
            : TypedResults.LocalRedirect($"/gestion/fiches/{id}?erreur={Uri.EscapeDataString(error)}");
    }
}
