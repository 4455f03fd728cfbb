using System.Security.Claims;
using DossierFamille.Web.Features.Accounts;
using Microsoft.AspNetCore.Mvc;

namespace DossierFamille.Web.Features.Reservations.Gestion;

/// <summary>The gestionnaire's side of bookings: the roll (pointage) of an activity day.</summary>
internal static class ReservationsGestion
{
    public const string Path = "/gestion/reservations";
    public const string AttendancePath = $"{Path}/pointage";

    public static string AttendanceSheetPath(int activityId, DateOnly day) => $"{AttendancePath}?activite={activityId}&jour={BookingFormat.Iso(day)}";

    public static IServiceCollection AddReservationsGestion(this IServiceCollection services)
    {
        services.AddScoped<AttendanceSheets>();
        services.AddScoped<AttendanceRegister>();
        return services;
    }

    /// <summary>Forms bound with [FromForm]: the antiforgery token is checked before the handler runs.</summary>
    public static IEndpointRouteBuilder MapReservationsGestion(this IEndpointRouteBuilder app)
    {
        var gestion = app.MapGroup(Path).RequireAuthorization(Roles.Gestionnaire);
        gestion.MapPost("/pointage", async ([FromForm] int activite, [FromForm] string jour, [FromForm] int enfant, [FromForm] string etat, ClaimsPrincipal user, AttendanceRegister register, CancellationToken ct) =>
        {
            if (BookingFormat.ParseIso(jour) is not { } day || !AttendanceLabels.TryParse(etat, out var status))
            {
                return Results.BadRequest();
            }

            var back = AttendanceSheetPath(activite, day);
            return await register.MarkAsync(activite, day, enfant, status, user.GetDisplayName(), ct) is { } error
                ? Results.LocalRedirect($"{back}&erreur={Uri.EscapeDataString(error)}")
                : Results.LocalRedirect($"{back}#enfant-{enfant}");
        });
        return app;
    }
}
