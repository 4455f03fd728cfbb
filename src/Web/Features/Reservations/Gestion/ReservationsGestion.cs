using System.Security.Claims;
using DossierFamille.Web.Features.Accounts;
using DossierFamille.Web.Features.Reservations.Admin;
using DossierFamille.Web.Spreadsheets;
using Microsoft.AspNetCore.Mvc;

namespace DossierFamille.Web.Features.Reservations.Gestion;

/// <summary>The gestionnaire's side of bookings: the lists of an activity's days and weeks, their manual actions and exports, and the roll (pointage).</summary>
internal static class ReservationsGestion
{
    public const string Path = "/gestion/reservations";
    public const string AttendancePath = $"{Path}/pointage";
    public const string PrintPath = $"{Path}/imprimer";

    public static string AttendanceSheetPath(int activityId, DateOnly day) => $"{AttendancePath}?activite={activityId}&jour={BookingFormat.Iso(day)}";

    public static string DayPath(int activityId, DateOnly day) => $"{Path}?activite={activityId}&jour={BookingFormat.Iso(day)}";

    public static string ExportPath(int activityId, DateOnly day, SpreadsheetFormat format) => $"{Path}/export.{format.Extension()}?activite={activityId}&jour={BookingFormat.Iso(day)}";

    public static IServiceCollection AddReservationsGestion(this IServiceCollection services)
    {
        services.AddScoped<AttendanceSheets>();
        services.AddScoped<AttendanceRegister>();
        services.AddScoped<DayOverviews>();
        services.AddScoped<DayActions>();
        return services;
    }

    /// <summary>Every form binds activite and jour with [FromForm] (the way back): the antiforgery token is checked before the handler runs.</summary>
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
        gestion.MapPost("/reservations/{id:long}/accepter", ([FromRoute] long id, [FromForm] int activite, [FromForm] string jour, ClaimsPrincipal user, DayActions actions, CancellationToken ct) =>
            BackAsync(activite, jour, () => actions.PromoteAsync(id, user.GetDisplayName(), ct)));
        gestion.MapPost("/reservations/{id:long}/refuser", ([FromRoute] long id, [FromForm] int activite, [FromForm] string jour, [FromForm] string? motif, ClaimsPrincipal user, DayActions actions, CancellationToken ct) =>
            BackAsync(activite, jour, () => actions.RefuseAsync(id, motif, user.GetDisplayName(), ct)));
        gestion.MapPost("/fermer", ([FromForm] int activite, [FromForm] string jour, [FromForm] string? motif, ClaimsPrincipal user, DayActions actions, CancellationToken ct) =>
            BackAsync(activite, jour, () => BookingFormat.ParseIso(jour) is { } day ? actions.CloseAsync(activite, day, motif, user.GetDisplayName(), ct) : Task.FromResult<string?>(null)));
        gestion.MapPost("/capacite", ([FromForm] int activite, [FromForm] string jour, [FromForm] int? capacite, ClaimsPrincipal user, DayCapacityAdmin capacities, CancellationToken ct) =>
            BackAsync(activite, jour, async () => await capacities.SetAsync(activite, new DayCapacityInput { Day = BookingFormat.ParseIso(jour), Capacity = capacite }, user.GetDisplayName(), ct) switch
            {
                null => "Cette activité n'existe pas.",
                { Succeeded: false } refused => refused.Errors[0].ErrorMessage,
                _ => null,
            }));
        gestion.MapGet($"/export.{{format:{SpreadsheetFormats.RouteConstraint}}}", async (string format, [FromQuery] int activite, [FromQuery] string jour, DayOverviews overviews, CancellationToken ct) =>
            SpreadsheetFormats.TryParse(format, out var kind) && BookingFormat.ParseIso(jour) is { } day && await overviews.DayAsync(activite, day, ct) is { } overview
                ? DayExport.Sheet.File(DayExport.Rows(overview), kind, DayExport.FileName(overview))
                : Results.NotFound());
        return app;
    }

    private static async Task<IResult> BackAsync(int activityId, string day, Func<Task<string?>> action)
    {
        if (BookingFormat.ParseIso(day) is not { } parsed)
        {
            return Results.BadRequest();
        }

        return await action() is { } error
            ? Results.LocalRedirect($"{DayPath(activityId, parsed)}&erreur={Uri.EscapeDataString(error)}")
            : Results.LocalRedirect($"{DayPath(activityId, parsed)}&enregistre=true");
    }
}
