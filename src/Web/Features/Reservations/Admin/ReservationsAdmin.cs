namespace DossierFamille.Web.Features.Reservations.Admin;

/// <summary>What the commune sets up for bookings (admins only): activities and their rules, holidays, closed days, the help text.</summary>
internal static class ReservationsAdmin
{
    public const string Path = "/admin/reservations";

    public static string ActivityPath(int activityId) => $"{Path}/activites/{activityId}";

    public static string NewActivityPath(int structureId) => $"{Path}/activites/nouvelle?structure={structureId}";

    public static IServiceCollection AddReservationsAdmin(this IServiceCollection services)
    {
        services.AddScoped<ActivityAdmin>();
        return services;
    }
}
