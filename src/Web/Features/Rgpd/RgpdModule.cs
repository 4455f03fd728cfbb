namespace DossierFamille.Web.Features.Rgpd;

/// <summary>RGPD: who looked at what (the access log of staff to documents and health data).</summary>
internal static class RgpdModule
{
    public static string AccessLogPath(int familyId) => $"/gestion/familles/{familyId}/consultations";

    public static IServiceCollection AddRgpd(this IServiceCollection services)
    {
        services.AddScoped<AccessLog>();
        return services;
    }
}
