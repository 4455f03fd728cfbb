using DossierFamille.Storage.Blobs;
using DossierFamille.Web.Data;
using DossierFamille.Web.Features.Accounts;
using DossierFamille.Web.Features.Invoicing.Debtors;
using DossierFamille.Web.Spreadsheets;
using Microsoft.EntityFrameworkCore;

namespace DossierFamille.Web.Features.Invoicing.Gestion;

/// <summary>
/// The gestionnaires' side of billing: invoices (search, detail, PDF), payments recorded at the mairie, credit notes and
/// the debtors' list with its export.
/// </summary>
internal static class InvoicingGestion
{
    public const string InvoicesPath = "/gestion/factures";
    public const string DebtorsPath = "/gestion/debiteurs";

    public static string InvoicePath(long id) => $"{InvoicesPath}/{id}";

    public static string PdfPath(long id) => $"{InvoicesPath}/{id}/pdf";

    public static string FamilyInvoicesPath(int familyId) => $"{InvoicesPath}?famille={familyId}";

    public static string DebtorsExportPath(SpreadsheetFormat format) => $"{DebtorsPath}/export.{format.Extension()}";

    public static IServiceCollection AddInvoicingGestion(this IServiceCollection services) =>
        services.AddScoped<StaffInvoices>().AddScoped<MairiePayments>().AddScoped<CreditNoteDesk>().AddScoped<DebtorAccounts>();

    public static IEndpointRouteBuilder MapInvoicingGestion(this IEndpointRouteBuilder app)
    {
        app.MapGet($"{InvoicesPath}/{{id:long}}/pdf", async (long id, AppDbContext db, InvoicePdfs pdfs, IBlobStore blobs, CancellationToken ct) =>
        {
            if (await db.Invoices.AsNoTracking().Include(i => i.Lines).SingleOrDefaultAsync(i => i.Id == id, ct) is not { } invoice)
            {
                return Results.NotFound();
            }

            if (invoice.PdfBlobName is null)
            {
                await pdfs.StoreAsync([invoice], ct);
                invoice = await db.Invoices.AsNoTracking().SingleAsync(i => i.Id == id, ct);
            }

            return await blobs.OpenReadAsync(invoice.PdfBlobName!, ct) is { } content
                ? TypedResults.Stream(content.Content, InvoicePdfFile.ContentType, InvoicePdfFile.Name(invoice))
                : Results.NotFound();
        }).RequireAuthorization(Roles.Gestionnaire);
        app.MapGet($"{DebtorsPath}/export.{{format:{SpreadsheetFormats.RouteConstraint}}}", async (string format, DebtorAccounts debtors, InvoiceIssuer issuer, CancellationToken ct) =>
                SpreadsheetFormats.TryParse(format, out var spreadsheet)
                    ? DebtorsSheet.File(await debtors.ListAsync(ct), spreadsheet, "debiteurs-" + issuer.Today.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture))
                    : Results.NotFound())
            .RequireAuthorization(Roles.Gestionnaire);
        return app;
    }

    /// <summary>The debtors' export: French headers, amounts as numbers, dates in the commune's zone.</summary>
    public static Spreadsheet<DebtorRow> DebtorsSheet { get; } = new(
        "Débiteurs",
        new("Référence", r => r.FamilyReference),
        new("Famille", r => r.FamilyName),
        new("Titulaire des factures", r => r.HolderName),
        new("Factures en retard", r => r.Invoices),
        new("Montant en retard", r => r.Overdue),
        new("Échéance la plus ancienne", r => r.OldestDueDate));
}
