using System.Security.Claims;
using DossierFamille.Web.Features.Accounts;
using DossierFamille.Web.Features.Families;
using Microsoft.AspNetCore.Mvc;

namespace DossierFamille.Web.Features.Rgpd.Closure;

/// <summary>The forms of a closure: the parent's request, the gestionnaire's confirmation or refusal.</summary>
internal static class ClosureEndpoints
{
    public static IEndpointRouteBuilder MapAccountClosure(this IEndpointRouteBuilder app)
    {
        app.MapPost(RgpdModule.ClosePath, async ([FromForm] string? confirmed, [FromForm] string? password, ClaimsPrincipal user, AccountScopes scopes, AccountClosures closures, CancellationToken ct) =>
            await closures.RequestAsync(await scopes.ForAsync(user, ct), confirmed == "true", password, ct) is { } error
                ? Results.LocalRedirect($"{RgpdModule.ClosePath}?erreur={Uri.EscapeDataString(error)}")
                : Results.LocalRedirect($"{RgpdModule.ClosePath}?demandee=true"))
            .RequireAuthorization(Roles.Parent);
        app.MapPost($"{RgpdModule.ClosuresPath}/{{id:int}}/confirmer", async (int id, ClaimsPrincipal user, ClosureReviewReader reader, AccountClosures closures, CancellationToken ct) =>
        {
            if (await reader.ReadAsync(id, ct) is not { } review)
            {
                return Results.NotFound();
            }

            return await closures.ConfirmAsync(review, user.GetDisplayName(), ct) is { } error
                ? Results.LocalRedirect($"{RgpdModule.ClosurePath(id)}?erreur={Uri.EscapeDataString(error)}")
                : Results.LocalRedirect($"{RgpdModule.ClosuresPath}?confirmee={id}");
        }).RequireAuthorization(Roles.Gestionnaire);
        app.MapPost($"{RgpdModule.ClosuresPath}/{{id:int}}/refuser", async (int id, [FromForm] string? motif, ClaimsPrincipal user, ClosureReviewReader reader, AccountClosures closures, CancellationToken ct) =>
        {
            if (await reader.ReadAsync(id, ct) is null)
            {
                return Results.NotFound();
            }

            return await closures.RefuseAsync(id, motif, user.GetDisplayName(), ct) is { } error
                ? Results.LocalRedirect($"{RgpdModule.ClosurePath(id)}?erreur={Uri.EscapeDataString(error)}")
                : Results.LocalRedirect($"{RgpdModule.ClosuresPath}?refusee={id}");
        }).RequireAuthorization(Roles.Gestionnaire);
        return app;
    }
}
