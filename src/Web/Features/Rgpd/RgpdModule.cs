using System.Security.Claims;
using DossierFamille.Web.Components.Shared;
using DossierFamille.Storage.Blobs;
using DossierFamille.Web.Features.Accounts;
using DossierFamille.Web.Features.Families;
using DossierFamille.Web.Features.Rgpd.Closure;
using DossierFamille.Web.Features.Rgpd.Copy;
using DossierFamille.Workflows;
using Microsoft.AspNetCore.Mvc;

namespace DossierFamille.Web.Features.Rgpd;

/// <summary>
/// RGPD: who looked at what (staff access to documents and health data), how long each kind of data
/// is kept (admin settings, audited) and the nightly "Purge RGPD" workflow that applies it, and a
/// family's copy of its data (the "Copie des données" workflow), and closing an account (the "Fermeture de compte" workflow).
/// </summary>
internal static class RgpdModule
{
    public const string RetentionPath = "/admin/rgpd";

    /// <summary>The RGPD notice, readable by anyone, also before the terms are accepted.</summary>
    public const string NoticePath = "/protection-des-donnees";

    public static string AccessLogPath(int familyId) => $"/gestion/familles/{familyId}/consultations";

    /// <summary>Where a parent asks for a copy of their data (from the profile).</summary>
    public const string CopyRequestPath = "/compte/copie-donnees";

    public static string CopyPath(Guid copyId) => $"{CopyRequestPath}/{copyId}";

    /// <summary>Where a parent asks to close their account.</summary>
    public const string ClosePath = "/compte/fermeture";

    /// <summary>The gestionnaires' list of closure requests.</summary>
    public const string ClosuresPath = "/gestion/fermetures";

    public static string ClosurePath(int closureId) => $"{ClosuresPath}/{closureId}";

    /// <summary>Register after the workflows module: "Purge RGPD" is published with the shipped workflows.</summary>
    public static IServiceCollection AddRgpd(this IServiceCollection services)
    {
        new WorkflowsBuilder(services).AddActivity<PurgeRgpdActivity>().AddActivity<DeletePurgedFilesActivity>().AddActivity<PrepareDataCopyActivity>().AddActivity<CloseAccountActivity>();
        services.AddScoped<AccessLog>();
        services.AddScoped<RetentionAdmin>();
        services.AddScoped<PurgePlanner>();
        services.AddScoped<RetentionPurge>();
        services.AddScoped<BlobDeletions>();
        services.AddScoped<SignaturePurge>();
        services.AddScoped<DataCopies>();
        services.AddScoped<DataCopyWriter>();
        // The sections of a data copy, in the order of its summary page.
        services.AddScoped<ICopySection, AccountSection>();
        services.AddScoped<ICopySection, FichesSection>();
        services.AddScoped<ICopySection, SignaturesSection>();
        services.AddScoped<ICopySection, MessagesSection>();
        services.AddScoped<ICopySection, BookingsSection>();
        services.AddScoped<ICopySection, ChildRequestsSection>();
        services.AddScoped<ICopySection, InvoicesSection>();
        services.AddScoped<ICopySection, AccessLogSection>();
        services.AddScoped<AccountClosures>();
        services.AddScoped<ClosureReviewReader>();
        services.AddScoped<AccountErasure>();
        return services;
    }

    public static IEndpointRouteBuilder MapRgpd(this IEndpointRouteBuilder app)
    {
        app.MapPost(RetentionPath, async ([FromForm] int? piecesMonths, [FromForm] int? draftsMonths, [FromForm] int? accessLogMonths, [FromForm] int? signatureMonths, [FromForm] int? emailMonths, [FromForm] string? dpoContact, ClaimsPrincipal user, RetentionAdmin retention, CancellationToken ct) =>
            FormOutcome.Back(RetentionPath, await retention.UpdateAsync(new RetentionInput(piecesMonths, draftsMonths, accessLogMonths, signatureMonths, emailMonths, dpoContact), user.GetDisplayName(), ct)))
            .RequireAuthorization(Roles.Admin);
        app.MapPost(CopyRequestPath, async (ClaimsPrincipal user, AccountScopes scopes, DataCopies copies, CancellationToken ct) =>
            await copies.RequestAsync(await scopes.ForAsync(user, ct), ct)
                ? Results.LocalRedirect($"{AccountsModule.ProfilePath}?copie=demandee#copie")
                : Results.NotFound())
            .RequireAuthorization(Roles.Parent);
        app.MapGet($"{CopyRequestPath}/{{id:guid}}", DownloadCopyAsync).RequireAuthorization(Roles.Parent);
        app.MapAccountClosure();
        return app;
    }

    /// <summary>The zip, for the account that asked only (another account gets the 404 page); 410 once the link has expired.</summary>
    private static async Task<IResult> DownloadCopyAsync(Guid id, ClaimsPrincipal user, DataCopies copies, IBlobStore blobs, TimeProvider time, CancellationToken ct)
    {
        var copy = await copies.FindReadyAsync(id, user.FindFirstValue(ClaimTypes.NameIdentifier) ?? string.Empty, ct);
        if (copy is null)
        {
            return TypedResults.NotFound();
        }

        if (copy.IsExpired(time.GetUtcNow()) || await blobs.OpenReadAsync(copy.BlobName!, ct) is not { } blob)
        {
            return TypedResults.StatusCode(StatusCodes.Status410Gone);
        }

        return TypedResults.Stream(blob.Content, "application/zip", $"copie-donnees-{copy.ReadyAt!.Value:yyyy-MM-dd}.zip");
    }
}
