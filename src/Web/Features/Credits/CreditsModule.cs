namespace DossierFamille.Web.Features.Credits;

/// <summary>
/// "Trop payé": money the commune owes an account back on one service (a day paid at booking then cancelled in time or
/// refused, an invoice overpaid, a credit note on a paid invoice), which the parent uses on that service's days paid at
/// booking ("Utiliser trop payé"). One ledger, <see cref="CreditMovement"/>; balances by <see cref="CreditReader"/>.
/// </summary>
internal static class CreditsModule
{
    public static IServiceCollection AddCredits(this IServiceCollection services)
    {
        services.AddScoped<CreditReader>();
        services.AddScoped<BookingCredits>();
        services.AddScoped<InvoiceCredits>();
        services.AddScoped<InvoiceTropPaye>();
        return services;
    }
}
