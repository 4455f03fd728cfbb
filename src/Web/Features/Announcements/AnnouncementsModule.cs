using System.Security.Claims;
using DossierFamille.Web.Features.Accounts;

namespace DossierFamille.Web.Features.Announcements;

/// <summary>"Actualités": staff write them on /gestion/actualites, parents read the current ones on their home page.</summary>
internal static class AnnouncementsModule
{
    public const string Path = "/gestion/actualites";

    public static string EditPath(int id) => $"{Path}/{id}";

    public static string DeletePath(int id) => $"{Path}/{id}/supprimer";

    public static IServiceCollection AddAnnouncements(this IServiceCollection services) =>
        services.AddScoped<AnnouncementAdmin>().AddScoped<CurrentAnnouncements>();

    public static IEndpointRouteBuilder MapAnnouncements(this IEndpointRouteBuilder app)
    {
        app.MapPost($"{Path}/{{id:int}}/supprimer", async (int id, ClaimsPrincipal user, AnnouncementAdmin admin, CancellationToken ct) =>
                await admin.DeleteAsync(id, user.GetDisplayName(), ct) ? Results.LocalRedirect($"{Path}?supprime=true") : Results.NotFound())
            .RequireAuthorization(Roles.Gestionnaire);
        return app;
    }
}
