namespace DossierFamille.Web.Features.Messages;

internal static class MessagesModule
{
    public static IServiceCollection AddMessages(this IServiceCollection services) => services.AddScoped<MairieMessages>();
}
