using DossierFamille.Web.Data;
using DossierFamille.Web.Features.Accounts;
using DossierFamille.Web.Features.Campaigns;
using DossierFamille.Web.Features.Credits;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace DossierFamille.Web.Features.Invoicing;

/// <summary>
/// Issues drafts in one transaction: their numbers (the counter's row lock, held to the commit), the invoices and their
/// lines, the account's trop payé deducted from them (<see cref="InvoiceTropPaye"/>, under its locks, taken after the
/// counter's), and each "facture disponible" email in the outbox commit together or not at all. The (month, account) key is
/// unique: a second run issuing the same account at once fails on it and rolls back, its numbers with it, so two runs make
/// one set of invoices without gaps.
/// </summary>
internal sealed class InvoiceIssuer(AppDbContext db, InvoiceCounters counters, InvoiceTropPaye tropPaye, InvoiceMails mails, IOptions<CampaignOptions> commune, TimeProvider time)
{
    public DateOnly Today => CampaignSchedule.LocalDate(time.GetUtcNow(), commune.Value.Zone);

    /// <summary>Issues all the drafts, or none when one of them is already issued (the caller then issues them one by one).</summary>
    public async Task<List<Invoice>?> TryIssueAsync(IReadOnlyList<(InvoiceDraft Draft, string? Email)> drafts, CancellationToken cancellationToken)
    {
        if (drafts.Count == 0)
        {
            return [];
        }

        var settings = await db.InvoicingSettings.AsNoTracking().SingleOrDefaultAsync(cancellationToken) ?? new InvoicingSettings();
        var now = time.GetUtcNow();
        var today = Today;
        await counters.EnsureAsync(InvoiceKind.Facture, today.Year, cancellationToken);
        var credits = await tropPaye.PrepareAsync([.. drafts.Select(d => d.Draft)], cancellationToken);
        var invoices = new List<Invoice>();
        try
        {
            await db.InTransactionAsync(async () =>
            {
                invoices.Clear();
                var first = await counters.TakeAsync(InvoiceKind.Facture, today.Year, drafts.Count, cancellationToken);
                foreach (var ((draft, _), index) in drafts.Select((d, i) => (d, i)))
                {
                    var invoice = Invoice.Issue(draft, first with { Sequence = first.Sequence + index }, now, today, settings.PaymentDays);
                    db.Invoices.Add(invoice);
                    invoices.Add(invoice);
                }

                var deducted = new Dictionary<long, decimal>();
                if (credits.Count > 0)
                {
                    // The trop payé's rows name the invoices: their ids first.
                    await db.SaveChangesAsync(cancellationToken);
                    deducted = await tropPaye.DeductAsync(invoices, credits, today, now, cancellationToken);
                }

                foreach (var (invoice, (_, email)) in invoices.Zip(drafts))
                {
                    if (EmailAddresses.Split(email) is { Length: > 0 } to)
                    {
                        await mails.IssuedAsync(string.Join(';', to), invoice, deducted.GetValueOrDefault(invoice.Id));
                    }
                }

                await db.SaveChangesAsync(cancellationToken);
            }, cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Another run issued one of these accounts' invoice for the month first.
            db.ChangeTracker.Clear();
            return null;
        }

        return invoices;
    }
}
