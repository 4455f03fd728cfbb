using System.Security.Claims;
using DossierFamille.Web.Components.Shared;
using DossierFamille.Web.Features.Accounts;
using DossierFamille.Workflows;
using Microsoft.AspNetCore.Mvc;

namespace DossierFamille.Web.Features.Rgpd;

/// <summary>
/// RGPD: who looked at what (staff access to documents and health data), how long each kind of data
/// is kept (admin settings, audited) and the nightly "Purge RGPD" workflow that applies it.
/// </summary>
internal static class RgpdModule
{
    public const string RetentionPath = "/admin/rgpd";

    /// <summary>The RGPD notice, readable by anyone, also before the terms are accepted.</summary>
    public const string NoticePath = "/protection-des-donnees";

    public static string AccessLogPath(int familyId) => $"/gestion/familles/{familyId}/consultations";

    /// <summary>Register after the workflows module: "Purge RGPD" is published with the shipped workflows.</summary>
    public static IServiceCollection AddRgpd(this IServiceCollection services)
    {
        new WorkflowsBuilder(services).AddActivity<PurgeRgpdActivity>().AddActivity<DeletePurgedFilesActivity>();
        services.AddScoped<AccessLog>();
        services.AddScoped<RetentionAdmin>();
        services.AddScoped<PurgePlanner>();
        services.AddScoped<RetentionPurge>();
        services.AddScoped<BlobDeletions>();
        return services;
    }

    public static IEndpointRouteBuilder MapRgpd(this IEndpointRouteBuilder app)
    {
        app.MapPost(RetentionPath, async ([FromForm] int? piecesMonths, [FromForm] int? draftsMonths, [FromForm] int? accessLogMonths, [FromForm] string? dpoContact, ClaimsPrincipal user, RetentionAdmin retention, CancellationToken ct) =>
            FormOutcome.Back(RetentionPath, await retention.UpdateAsync(new RetentionInput(piecesMonths, draftsMonths, accessLogMonths, dpoContact), user.GetDisplayName(), ct)))
            .RequireAuthorization(Roles.Admin);
        return app;
    }
}
