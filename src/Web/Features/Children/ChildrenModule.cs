namespace DossierFamille.Web.Features.Children;

/// <summary>The children's details for parents (birth date, école, class) and their requests to the mairie.</summary>
internal static class ChildrenModule
{
    public const string ParentPath = "/enfants";
    public const string NewChildPath = "/enfants/nouveau";
    public const string GestionPath = "/gestion/enfants/demandes";

    public static string ChangePath(int childId) => $"/enfants/{childId}/modifier";

    public static string ReviewPath(int requestId) => $"{GestionPath}/{requestId}";

    public static IServiceCollection AddChildren(this IServiceCollection services)
    {
        services.AddScoped<ChildRequestReader>();
        services.AddScoped<ChildRequests>();
        return services;
    }
}
