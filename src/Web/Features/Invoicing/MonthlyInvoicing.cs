using DossierFamille.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace DossierFamille.Web.Features.Invoicing;

/// <summary>
/// The monthly run, in slices: the paying accounts of the month in a fixed order, after a cursor (the last account
/// done), by batches of <see cref="BatchSize"/>, each batch issued in one transaction (<see cref="InvoiceIssuer"/>), then
/// its PDFs stored. Accounts already invoiced for the month are skipped, so a restarted slice, or a second node running
/// at the same moment, issues nothing twice.
/// </summary>
internal sealed class MonthlyInvoicing(AppDbContext db, IServiceScopeFactory scopes, InvoicingMonthReader months, TimeProvider time)
{
    public const int BatchSize = 25;

    /// <summary>Where a run stands: the month billed, the last account done, how many invoices it issued, and the PDFs' timings.</summary>
    public sealed record Progress(DateOnly Month, string? After, int Issued, bool Finished, IReadOnlyList<TimeSpan> PdfTimes);

    /// <summary>Issues batches after <paramref name="after"/> until every account is done (Finished) or <paramref name="budget"/> is spent.</summary>
    public async Task<Progress> RunAsync(DateOnly month, string? after, TimeSpan budget, CancellationToken cancellationToken)
    {
        var started = time.GetTimestamp();
        var data = await months.ReadAsync(month, cancellationToken);
        var issued = 0;
        var pdfTimes = new List<TimeSpan>();
        while (true)
        {
            var batch = data.Accounts.Where(a => after is null || string.CompareOrdinal(a.UserId, after) > 0).Take(BatchSize).ToList();
            if (batch.Count == 0)
            {
                await using var scope = scopes.CreateAsyncScope();
                await scope.ServiceProvider.GetRequiredService<InvoicePdfs>().StoreMissingAsync(cancellationToken);
                return new Progress(month, after, issued, Finished: true, pdfTimes);
            }

            var (count, times) = await IssueAsync(data, batch, cancellationToken);
            issued += count;
            pdfTimes.AddRange(times);
            after = batch[^1].UserId;
            if (time.GetElapsedTime(started) >= budget)
            {
                return new Progress(month, after, issued, Finished: false, pdfTimes);
            }
        }
    }

    private async Task<(int Issued, IReadOnlyList<TimeSpan> PdfTimes)> IssueAsync(InvoicingMonth data, List<BillableAccount> batch, CancellationToken cancellationToken)
    {
        var users = batch.Select(a => a.UserId).ToList();
        var done = await db.Invoices.AsNoTracking().Where(i => i.Month == data.First && users.Contains(i.UserId)).Select(i => i.UserId).ToListAsync(cancellationToken);
        var todo = batch.Where(a => !done.Contains(a.UserId, StringComparer.Ordinal)).ToList();
        if (todo.Count == 0)
        {
            return (0, []);
        }

        await using var scope = scopes.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var drafts = await services.GetRequiredService<InvoiceDrafts>().ReadAsync(data, todo, cancellationToken);
        var issuer = services.GetRequiredService<InvoiceIssuer>();
        var invoices = await issuer.TryIssueAsync(drafts, cancellationToken);
        if (invoices is null)
        {
            // Another run took some of them: each on its own, those it took fail alone.
            invoices = [];
            foreach (var draft in drafts)
            {
                invoices.AddRange(await issuer.TryIssueAsync([draft], cancellationToken) ?? []);
            }
        }

        return (invoices.Count, await services.GetRequiredService<InvoicePdfs>().StoreAsync(invoices, cancellationToken));
    }
}
