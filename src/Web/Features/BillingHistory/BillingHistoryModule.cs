using System.Security.Claims;
using DossierFamille.Web.Features.Accounts;
using DossierFamille.Web.Features.Families;
using DossierFamille.Web.Spreadsheets;

namespace DossierFamille.Web.Features.BillingHistory;

/// <summary>
/// The parents' histories beside "Facturation": the "Historique" of the current and the previous month (consumption and
/// payments, printable, exported as CSV and Excel) and "Mes règlements &amp; régularisations" (every payment with what it
/// paid, and the credit notes). Only the account's own, through <see cref="AccountScope"/>.
/// </summary>
internal static class BillingHistoryModule
{
    public const string HistoryPath = "/facturation/historique";
    public const string SettlementsPath = "/facturation/reglements";

    public static string HistoryPathOf(DateOnly month) => $"{HistoryPath}?mois={HistoryMonths.Key(month)}";

    public static string ExportPath(DateOnly month, SpreadsheetFormat format) => $"{HistoryPath}/export.{format.Extension()}?mois={HistoryMonths.Key(month)}";

    public static IServiceCollection AddBillingHistory(this IServiceCollection services)
    {
        services.AddScoped<ConsumptionReader>();
        services.AddScoped<SettlementReader>();
        services.AddScoped<MonthHistory>();
        return services;
    }

    public static IEndpointRouteBuilder MapBillingHistory(this IEndpointRouteBuilder app)
    {
        app.MapGet($"{HistoryPath}/export.{{format:{SpreadsheetFormats.RouteConstraint}}}", async (string format, string? mois, ClaimsPrincipal user, AccountScopes scopes, MonthHistory history, CancellationToken ct) =>
        {
            if (!SpreadsheetFormats.TryParse(format, out var spreadsheet))
            {
                return Results.NotFound();
            }

            var month = history.Months.Pick(mois);
            return MonthHistory.Sheet.File(await history.RowsAsync(await scopes.ForAsync(user, ct), month, ct), spreadsheet, $"historique-{HistoryMonths.Key(month)}");
        }).RequireAuthorization(Roles.Parent);
        return app;
    }
}
