using DossierFamille.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace DossierFamille.Web.Features.Invoicing;

/// <summary>
/// The monthly run, in slices: the paying accounts of the month in a fixed order, after a cursor (the last account
/// done), by batches of <see cref="BatchSize"/>, each batch issued in one transaction (<see cref="InvoiceIssuer"/>: its
/// numbers, invoices and emails commit together), then its PDFs stored while the next batch is issued (a batch's PDFs
/// need its numbers, so only after its commit; at most one batch is being stored at a time), and the batch after it is
/// read meanwhile (its accounts' bookings, attendance and holders, in a scope of its own). Accounts already invoiced
/// for the month are skipped, so a restarted slice, or a second node running at the same moment, issues nothing twice;
/// an invoice whose PDF was not stored (a crash, a failed upload) gets it at the end of the run.
/// </summary>
internal sealed class MonthlyInvoicing(IServiceScopeFactory scopes, InvoicingMonthReader months, TimeProvider time)
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
        // The next batch is read (what its accounts owe, in a scope of its own) while this one is numbered and committed.
        Task<Batch>? reading = ReadAsync(data, after, cancellationToken);
        try
        {
            while (true)
            {
                var issuingStarted = time.GetTimestamp();
                var batch = await TakeAsync(ref reading);
                if (batch.Last is null)
                {
                    await batch.Scope.DisposeAsync();
                    waiting += await WaitAsync(TakeAsync(ref storing), pdfTimes);
                    await using var scope = scopes.CreateAsyncScope();
                    await scope.ServiceProvider.GetRequiredService<InvoicePdfs>().StoreMissingAsync(cancellationToken);
                    return new Progress(month, after, issued, Finished: true, pdfTimes, issuing, waiting);
                }

                after = batch.Last;
                if (time.GetElapsedTime(started) < budget)
                {
                    reading = ReadAsync(data, after, cancellationToken);
                }

                List<Invoice> invoices;
                try
                {
                    invoices = await IssueAsync(batch, cancellationToken);
                }
                catch
                {
                    await batch.Scope.DisposeAsync();
                    throw;
                }

                issuing += time.GetElapsedTime(issuingStarted);
                issued += invoices.Count;
                waiting += await WaitAsync(TakeAsync(ref storing), pdfTimes);
                storing = StoreAsync(batch.Scope, invoices, cancellationToken);
                if (reading is null)
                {
                    waiting += await WaitAsync(TakeAsync(ref storing), pdfTimes);
                    return new Progress(month, after, issued, Finished: false, pdfTimes, issuing, waiting);
                }
            }
        }
        finally
        {
            // Issuing failed while a batch's PDFs were being stored or the next batch read: let them finish (those not
            // stored come with the next run), and end the read batch's scope.
            if (storing is not null)
            {
                await Task.WhenAny(storing);
            }

            if (reading is not null)
            {
                await Task.WhenAny(reading);
                if (reading.IsCompletedSuccessfully)
                {
                    await reading.Result.Scope.DisposeAsync();
                }
            }
        }
    }

    /// <summary>
    /// A batch of accounts read ahead: the drafts of those not yet invoiced for the month, in the scope that will issue them
    /// and then store their PDFs; <see cref="Last"/> is the batch's last account, null when no account is left.
    /// </summary>
    private sealed record Batch(AsyncServiceScope Scope, List<(InvoiceDraft Draft, string? Email)> Drafts, string? Last);

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

    private static Task<Batch> TakeAsync(ref Task<Batch>? reading)
    {
        var task = reading!;
        reading = null;
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

    /// <summary>Reads the batch of accounts after <paramref name="after"/>: the drafts of those not yet invoiced for the month.</summary>
    private async Task<Batch> ReadAsync(InvoicingMonth data, string? after, CancellationToken cancellationToken)
    {
        var accounts = data.Accounts.Where(a => after is null || string.CompareOrdinal(a.UserId, after) > 0).Take(BatchSize).ToList();
        var scope = scopes.CreateAsyncScope();
        try
        {
            if (accounts.Count == 0)
            {
                return new Batch(scope, [], null);
            }

            var services = scope.ServiceProvider;
            var users = accounts.Select(a => a.UserId).ToList();
            var done = (await services.GetRequiredService<AppDbContext>().Invoices.AsNoTracking()
                .Where(i => i.Month == data.First && users.Contains(i.UserId)).Select(i => i.UserId).ToListAsync(cancellationToken)).ToHashSet(StringComparer.Ordinal);
            var todo = accounts.Where(a => !done.Contains(a.UserId)).ToList();
            var drafts = todo.Count == 0 ? [] : await services.GetRequiredService<InvoiceDrafts>().ReadAsync(data, todo, cancellationToken);
            return new Batch(scope, drafts, accounts[^1].UserId);
        }
        catch
        {
            await scope.DisposeAsync();
            throw;
        }
    }

    /// <summary>Issues the batch's drafts in its scope; when another run took some of them, each on its own (those it took fail alone).</summary>
    private static async Task<List<Invoice>> IssueAsync(Batch batch, CancellationToken cancellationToken)
    {
        var issuer = batch.Scope.ServiceProvider.GetRequiredService<InvoiceIssuer>();
        var invoices = await issuer.TryIssueAsync(batch.Drafts, cancellationToken);
        if (invoices is null)
        {
            invoices = [];
            foreach (var draft in batch.Drafts)
            {
                invoices.AddRange(await issuer.TryIssueAsync([draft], cancellationToken) ?? []);
            }
        }

        return invoices;
    }
}
