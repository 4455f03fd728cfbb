using System.Security.Claims;
using DossierFamille.Web.Components.Shared;
using DossierFamille.Web.Data;
using DossierFamille.Web.Features.Accounts;
using DossierFamille.Web.Features.Families;
using DossierFamille.Web.Features.Invoicing.Admin;
using DossierFamille.Web.Features.Invoicing.Gestion;
using DossierFamille.Web.Features.Payments;
using DossierFamille.Workflows;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Mvc;

namespace DossierFamille.Web.Features.Invoicing;

/// <summary>
/// Monthly invoices: the "Facturation mensuelle" run (previous month's accepted bookings and attendance penalties, per
/// paying account, numbered without gaps), credit notes, PDFs in the blob store, the admin's settings and the reminders.
/// </summary>
internal static class InvoicingModule
{
    public const string ParentPath = "/facturation";
    public const string SettingsPath = "/admin/facturation/mensuelle";

    /// <summary>Register after the workflows module: the shipped workflows are published before the seeder starts them.</summary>
    public static IServiceCollection AddInvoicing(this IServiceCollection services)
    {
        new WorkflowsBuilder(services).AddActivity<ScheduleInvoicingActivity>().AddActivity<IssueMonthlyInvoicesActivity>().AddActivity<SendInvoiceRemindersActivity>();
        services.AddScoped<InvoiceCounters>();
        services.AddScoped<InvoicingMonthReader>();
        services.AddScoped<InvoiceDrafts>();
        services.AddScoped<InvoiceMails>();
        services.AddScoped<InvoiceIssuer>();
        services.AddScoped<InvoicePdfs>();
        services.AddScoped<MonthlyInvoicing>();
        services.AddScoped<InvoiceReminders>();
        services.AddScoped<CreditNotes>();
        services.AddScoped<InvoicingSettingsAdmin>();
        services.AddScoped<InvoiceReader>();
        services.AddScoped<InvoiceBalances>();
        services.AddScoped<InvoiceLocks>();
        services.AddScoped<InvoiceLineServices>();
        services.AddScoped<InvoiceFiles>();
        services.AddScoped<UnpaidInvoices>();
        services.AddScoped<IPaymentPurpose, InvoicePaymentPurpose>();
        services.AddScoped<IDataSeeder, InvoicingSeeder>();
        services.AddScoped<IDataSeeder, OnlineInvoicePaymentsBackfill>();
        services.AddInvoicingGestion();
        return services;
    }

    public static string PdfPath(long invoiceId) => $"{ParentPath}/{invoiceId}/pdf";

    public static string SendPath(long invoiceId) => $"{ParentPath}/{invoiceId}/envoyer";

    public static IEndpointRouteBuilder MapInvoicing(this IEndpointRouteBuilder app)
    {
        app.MapGet($"{ParentPath}/{{id:long}}/pdf", async (long id, ClaimsPrincipal user, AccountScopes scopes, InvoiceFiles files, CancellationToken ct) =>
            await files.OpenAsync(await scopes.ForAsync(user, ct), id, ct) is { } file
                ? TypedResults.Stream(file.Content.Content, InvoicePdfFile.ContentType, InvoicePdfFile.Name(file.Invoice))
                : (IResult)TypedResults.NotFound()).RequireAuthorization(Roles.Parent);
        // Every POST checks the antiforgery token, also this one that binds no form field.
        app.MapPost($"{ParentPath}/{{id:long}}/envoyer", async (long id, HttpContext http, ClaimsPrincipal user, AccountScopes scopes, InvoiceFiles files, CancellationToken ct) =>
            http.Features.Get<IAntiforgeryValidationFeature>() is not { IsValid: true } ? TypedResults.BadRequest()
            : await files.SendAsync(await scopes.ForAsync(user, ct), id, ct) switch
            {
                null => TypedResults.NotFound(),
                "" => TypedResults.LocalRedirect($"{ParentPath}?envoyee={id}"),
                var error => (IResult)FormOutcome.Back(ParentPath, error),
            }).RequireAuthorization(Roles.Parent).WithMetadata(new RequireAntiforgeryTokenAttribute());
        app.MapPost(SettingsPath, async ([FromForm] string? jour, [FromForm] string? heure, [FromForm] string? delai, [FromForm] string? relance, [FromForm] string? heureRelance, [FromForm] string? debiteur,
            ClaimsPrincipal user, InvoicingSettingsAdmin settings, CancellationToken ct) =>
        {
            var input = new InvoicingSettingsInput(jour, heure, delai, relance, heureRelance, debiteur);
            return FormOutcome.Back(SettingsPath, await settings.UpdateAsync(input, user.GetDisplayName(), ct), input.Typed);
        }).RequireAuthorization(Roles.Admin);
        app.MapInvoicingGestion();
        return app;
    }
}
