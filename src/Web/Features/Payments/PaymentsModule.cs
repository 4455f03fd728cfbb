using DossierFamille.Web.Features.Payments.PayFip;

namespace DossierFamille.Web.Features.Payments;

/// <summary>
/// Online card payment through PayFiP (the DGFiP's service for local public revenue): the web-service client
/// behind <see cref="IPayFipClient"/>, configured from the <c>PayFip</c> section.
/// </summary>
internal static class PaymentsModule
{
    public static IServiceCollection AddPayments(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<PayFipOptions>().Bind(configuration.GetSection(PayFipOptions.SectionName)).ValidateDataAnnotations().ValidateOnStart();
        services.AddHttpClient<IPayFipClient, PayFipSoapClient>();
        return services;
    }
}
