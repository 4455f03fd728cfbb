using System.Security.Claims;
using DossierFamille.Web.Features.Families;

namespace DossierFamille.Web.Features.Invoicing;

/// <summary>
/// The signed-in account's invoices left to pay, read once per request: the home page's notice and tile both show them,
/// and two components must not use the request's DbContext at the same time.
/// </summary>
internal sealed class UnpaidInvoices(AccountScopes scopes, InvoiceReader reader)
{
    private Task<List<InvoiceSummary>>? _unpaid;

    public Task<List<InvoiceSummary>> ForAsync(ClaimsPrincipal user, CancellationToken cancellationToken) =>
        _unpaid ??= ReadAsync(user, cancellationToken);

    private async Task<List<InvoiceSummary>> ReadAsync(ClaimsPrincipal user, CancellationToken cancellationToken) =>
        await reader.UnpaidAsync(await scopes.ForAsync(user, cancellationToken), cancellationToken);
}
