using System.Security.Claims;
using DossierFamille.Web.Components.Shared;
using DossierFamille.Web.Features.Accounts;
using Microsoft.AspNetCore.Mvc;

namespace DossierFamille.Web.Features.Reservations.Admin;

/// <summary>What the commune sets up for bookings (admins only): activities and their rules, holidays, closed days, the help text.</summary>
internal static class ReservationsAdmin
{
    public const string Path = "/admin/reservations";
    public const string CalendarPath = $"{Path}/calendrier";
    public const string NewHolidayPath = $"{Path}/vacances/nouvelles";
    public const string HelpPath = $"{Path}/aide";
    public const string ProcessingPath = $"{Path}/traitement";

    public static string ActivityPath(int activityId) => $"{Path}/activites/{activityId}";

    public static string NewActivityPath(int structureId) => $"{Path}/activites/nouvelle?structure={structureId}";

    public static string DayCapacitiesPath(int activityId) => $"{Path}/activites/{activityId}/capacites";

    public static string HolidayPath(int periodId) => $"{Path}/vacances/{periodId}";

    public static string HolidayDeletePath(int periodId) => $"{Path}/vacances/{periodId}/supprimer";

    public static string ClosedDayRemovePath(int closedDayId) => $"{Path}/jours-fermes/{closedDayId}/rouvrir";

    public static IServiceCollection AddReservationsAdmin(this IServiceCollection services)
    {
        services.AddScoped<ActivityAdmin>();
        services.AddScoped<HolidayAdmin>();
        services.AddScoped<ClosedDayAdmin>();
        services.AddScoped<HelpTextAdmin>();
        services.AddScoped<DayCapacityAdmin>();
        services.AddScoped<ProcessingSettingsAdmin>();
        return services;
    }

    /// <summary>The delete buttons post here (forms bound by the framework, antiforgery checked before); the pages' own forms post to themselves.</summary>
    public static IEndpointRouteBuilder MapReservationsAdmin(this IEndpointRouteBuilder app)
    {
        var admin = app.MapGroup(Path).RequireAuthorization(Roles.Admin);
        admin.MapPost("/vacances/{id:int}/supprimer", async (int id, ClaimsPrincipal user, HolidayAdmin holidays, CancellationToken ct) =>
            FormOutcome.Back(CalendarPath, await holidays.DeleteAsync(id, user.GetDisplayName(), ct)));
        admin.MapPost("/jours-fermes/{id:int}/rouvrir", async (int id, ClaimsPrincipal user, ClosedDayAdmin closedDays, CancellationToken ct) =>
            FormOutcome.Back(CalendarPath, await closedDays.RemoveAsync(id, user.GetDisplayName(), ct)));
        admin.MapPost("/traitement", async ([FromForm] string? traitement, [FromForm] string? compteRendu, ClaimsPrincipal user, ProcessingSettingsAdmin settings, CancellationToken ct) =>
            FormOutcome.Back(ProcessingPath, await settings.UpdateAsync(traitement, compteRendu, user.GetDisplayName(), ct)));
        return app;
    }
}
