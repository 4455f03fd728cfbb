using DossierFamille.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace DossierFamille.Web.Features.Invoicing;

/// <summary>
/// The monthly run, in slices: the paying accounts of the month in a fixed order, after a cursor (the last account
/// done), by batches of <see cref="BatchSize"/>, each batch issued in one transaction (<see cref="InvoiceIssuer"/>: its
/// numbers, invoices and emails commit together), then its PDFs stored while the next batch is issued (a batch's PDFs
/// need its numbers, so only after its commit; at most one batch is being stored at a time). Accounts already invoiced
/// for the month are skipped, so a restarted slice, or a second node running at the same moment, issues nothing twice;
/// an invoice whose PDF was not stored (a crash, a failed upload) gets it at the end of the run.
/// </summary>
internal sealed class MonthlyInvoicing(AppDbContext db, IServiceScopeFactory scopes, InvoicingMonthReader months, TimeProvider time)
{
    public const int BatchSize = 100;

    /// <summary>
    /// Where a run stands: the month billed, the last account done, how many invoices it issued; and where its time went:
    /// each PDF's timings, the time spent issuing batches, and the time spent waiting for a batch's PDFs to be stored.
    /// </summary>
    public sealed record Progress(DateOnly Month, string? After, int Issued, bool Finished, IReadOnlyList<PdfTiming> PdfTimes, TimeSpan Issuing, TimeSpan WaitingForPdfs);

    /// <summary>Issues batches after <paramref name="after"/> until every account is done (Finished) or <paramref name="budget"/> is spent.</summary>
    public async Task<Progress> RunAsync(DateOnly month, string? after, TimeSpan budget, CancellationToken cancellationToken)
    {
        var started = time.GetTimestamp();
        var data = await months.ReadAsync(month, cancellationToken);
        var issued = 0;
        var pdfTimes = new List<PdfTiming>();
        var (issuing, waiting) = (TimeSpan.Zero, TimeSpan.Zero);
        Task<IReadOnlyList<PdfTiming>>? storing = null;
        try
        {
            while (true)
            {
                var batch = data.Accounts.Where(a => after is null || string.CompareOrdinal(a.UserId, after) > 0).Take(BatchSize).ToList();
                if (batch.Count == 0)
                {
                    waiting += await WaitAsync(TakeAsync(ref storing), pdfTimes);
                    await using var scope = scopes.CreateAsyncScope();
                    await scope.ServiceProvider.GetRequiredService<InvoicePdfs>().StoreMissingAsync(cancellationToken);
                    return new Progress(month, after, issued, Finished: true, pdfTimes, issuing, waiting);
                }

                var issuingStarted = time.GetTimestamp();
                var (invoices, pdfScope) = await IssueAsync(data, batch, cancellationToken);
                issuing += time.GetElapsedTime(issuingStarted);
                issued += invoices.Count;
                waiting += await WaitAsync(TakeAsync(ref storing), pdfTimes);
                storing = StoreAsync(pdfScope, invoices, cancellationToken);
                after = batch[^1].UserId;
                if (time.GetElapsedTime(started) >= budget)
                {
                    waiting += await WaitAsync(TakeAsync(ref storing), pdfTimes);
                    return new Progress(month, after, issued, Finished: false, pdfTimes, issuing, waiting);
                }
            }
        }
        finally
        {
            // Issuing failed while a batch's PDFs were being stored: let them finish (those not stored come with the next run).
            if (storing is not null)
            {
                await Task.WhenAny(storing);
            }
        }
    }

    /// <summary>Waits for a batch's PDFs, adds their timings, and returns how long it waited.</summary>
    private async Task<TimeSpan> WaitAsync(Task<IReadOnlyList<PdfTiming>> storing, List<PdfTiming> pdfTimes)
    {
        var started = time.GetTimestamp();
        pdfTimes.AddRange(await storing);
        return time.GetElapsedTime(started);
    }

    private static Task<IReadOnlyList<PdfTiming>> TakeAsync(ref Task<IReadOnlyList<PdfTiming>>? storing)
    {
        var task = storing ?? Task.FromResult<IReadOnlyList<PdfTiming>>([]);
        storing = null;
        return task;
    }

    /// <summary>Stores the batch's PDFs with the services of the scope that issued it (its unit of work is done), then ends the scope.</summary>
    private static async Task<IReadOnlyList<PdfTiming>> StoreAsync(AsyncServiceScope scope, List<Invoice> invoices, CancellationToken cancellationToken)
    {
        await using (scope)
        {
            return invoices.Count == 0 ? [] : await scope.ServiceProvider.GetRequiredService<InvoicePdfs>().StoreAsync(invoices, cancellationToken);
        }
    }

    private async Task<(List<Invoice> Invoices, AsyncServiceScope Scope)> IssueAsync(InvoicingMonth data, List<BillableAccount> batch, CancellationToken cancellationToken)
    {
        var users = batch.Select(a => a.UserId).ToList();
        var done = await db.Invoices.AsNoTracking().Where(i => i.Month == data.First && users.Contains(i.UserId)).Select(i => i.UserId).ToListAsync(cancellationToken);
        var todo = batch.Where(a => !done.Contains(a.UserId, StringComparer.Ordinal)).ToList();
        var scope = scopes.CreateAsyncScope();
        if (todo.Count == 0)
        {
            return ([], scope);
        }

        try
        {
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

            return (invoices, scope);
        }
        catch
        {
            await scope.DisposeAsync();
            throw;
        }
    }
}
