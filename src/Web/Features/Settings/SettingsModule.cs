using System.Security.Claims;
using DossierFamille.Web.Data;
using DossierFamille.Web.Features.Accounts;
using DossierFamille.Web.Features.Dossier;
using DossierFamille.Web.Components.Shared;
using Microsoft.AspNetCore.Mvc;

namespace DossierFamille.Web.Features.Settings;

/// <summary>What "the commune decides" about the dossier, edited by admins, every change audited.</summary>
internal static class SettingsModule
{
    public const string PiecesPath = "/admin/pieces";
    public const string AuthorisationsPath = "/admin/autorisations";
    public const string InsurersPath = "/admin/assurances";

    public static IServiceCollection AddSettings(this IServiceCollection services)
    {
        services.AddScoped<SettingsAudit>();
        services.AddScoped<DossierSettings>();
        services.AddScoped<IDataSeeder, SettingsSeeder>();
        return services;
    }

    public static IEndpointRouteBuilder MapSettings(this IEndpointRouteBuilder app)
    {
        var admin = app.MapGroup("/admin").RequireAuthorization(Roles.Admin);
        admin.MapPost("/pieces", async ([FromForm] string? label, [FromForm] FicheKind fiche, [FromForm] PieceCondition condition, ClaimsPrincipal user, DossierSettings settings, CancellationToken ct) =>
            FormOutcome.Back(PiecesPath, await settings.AddPieceAsync(label, fiche, condition, user.GetDisplayName(), ct)));
        admin.MapPost("/pieces/{id:int}", async ([FromRoute] int id, [FromForm] PieceCondition condition, [FromForm] bool? active, ClaimsPrincipal user, DossierSettings settings, CancellationToken ct) =>
            FormOutcome.Back(PiecesPath, await settings.UpdatePieceAsync(id, condition, active == true, user.GetDisplayName(), ct)));
        admin.MapPost("/autorisations", async ([FromForm] string? wording, ClaimsPrincipal user, DossierSettings settings, CancellationToken ct) =>
            FormOutcome.Back(AuthorisationsPath, await settings.AddAuthorisationAsync(wording, user.GetDisplayName(), ct)));
        admin.MapPost("/autorisations/{id:int}", async ([FromRoute] int id, [FromForm] bool? active, ClaimsPrincipal user, DossierSettings settings, CancellationToken ct) =>
            FormOutcome.Back(AuthorisationsPath, await settings.SetAuthorisationActiveAsync(id, active == true, user.GetDisplayName(), ct)));
        admin.MapPost("/assurances", async ([FromForm] string? name, ClaimsPrincipal user, DossierSettings settings, CancellationToken ct) =>
            FormOutcome.Back(InsurersPath, await settings.AddInsurerAsync(name, user.GetDisplayName(), ct)));
        admin.MapPost("/assurances/{id:int}", async ([FromRoute] int id, [FromForm] bool? active, ClaimsPrincipal user, DossierSettings settings, CancellationToken ct) =>
            FormOutcome.Back(InsurersPath, await settings.SetInsurerActiveAsync(id, active == true, user.GetDisplayName(), ct)));
        return app;
    }
}
