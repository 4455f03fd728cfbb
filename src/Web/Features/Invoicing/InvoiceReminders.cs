using DossierFamille.Web.Data;
using DossierFamille.Web.Features.Accounts;
using Microsoft.EntityFrameworkCore;

namespace DossierFamille.Web.Features.Invoicing;

/// <summary>
/// Reminds unpaid invoices whose due date plus the admin's delay has come: by batches, each committed with its emails and
/// its "reminded" marks in one SaveChanges, so that an invoice is reminded once. An invoice fully corrected by credit
/// notes is marked without email.
/// </summary>
internal sealed class InvoiceReminders(AppDbContext db, InvoiceIssuer issuer, InvoiceMails mails, TimeProvider time)
{
    private const int BatchSize = 50;

    public async Task<(int Sent, bool Finished)> SendAsync(TimeSpan budget, CancellationToken cancellationToken)
    {
        var started = time.GetTimestamp();
        var settings = await db.InvoicingSettings.AsNoTracking().SingleOrDefaultAsync(cancellationToken) ?? new InvoicingSettings();
        var latestDue = issuer.Today.AddDays(-settings.ReminderDaysAfterDue);
        var sent = 0;
        while (true)
        {
            var invoices = await db.Invoices
                .Where(i => i.Kind == InvoiceKind.Facture && i.PaidAt == null && i.ReminderSentAt == null && i.DueDate <= latestDue)
                .OrderBy(i => i.Id).Take(BatchSize).ToListAsync(cancellationToken);
            if (invoices.Count == 0)
            {
                return (sent, true);
            }

            var ids = invoices.Select(i => i.Id).ToList();
            var users = invoices.Select(i => i.UserId).Distinct().ToList();
            var credited = (await db.Invoices.AsNoTracking().Where(c => c.CreditedInvoiceId != null && ids.Contains(c.CreditedInvoiceId.Value))
                    .Select(c => new { Id = c.CreditedInvoiceId!.Value, c.Total }).ToListAsync(cancellationToken))
                .GroupBy(c => c.Id).ToDictionary(g => g.Key, g => g.Sum(c => c.Total));
            var emails = await db.Responsables.AsNoTracking().Where(r => users.Contains(r.UserId!) && r.Email != null)
                .Select(r => new { UserId = r.UserId!, r.Email }).ToListAsync(cancellationToken);
            var now = time.GetUtcNow();
            foreach (var invoice in invoices)
            {
                invoice.MarkReminded(now);
                var due = invoice.Total - credited.GetValueOrDefault(invoice.Id);
                if (due > 0 && EmailAddresses.Split(emails.FirstOrDefault(e => e.UserId == invoice.UserId)?.Email) is { Length: > 0 } to)
                {
                    await mails.ReminderAsync(string.Join(';', to), invoice, due);
                    sent++;
                }
            }

            await db.SaveChangesAsync(cancellationToken);
            db.ChangeTracker.Clear();
            if (time.GetElapsedTime(started) >= budget)
            {
                return (sent, false);
            }
        }
    }
}
