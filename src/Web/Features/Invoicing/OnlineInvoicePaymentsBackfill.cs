using System.Globalization;
using DossierFamille.Web.Data;
using DossierFamille.Web.Features.Commune;
using DossierFamille.Web.Features.Payments;
using Microsoft.EntityFrameworkCore;

namespace DossierFamille.Web.Features.Invoicing;

/// <summary>
/// At start-up: an invoice paid online before the <c>InvoicePayments</c> table existed (migration
/// <c>MairiePaymentsDebtors</c>, which created it empty) was marked paid without its payment row, so the gestionnaire's
/// invoice page listed no payment for it. Each paid PayFiP operation of an invoice without its row gets it, as
/// <see cref="InvoicePaymentPurpose"/> records it now: the amount, the commune's day and the authorisation number of the
/// operation. Idempotent (an operation has at most one row, a unique index); since the purpose writes the row in the
/// payment's own SaveChanges, only those older payments lack one.
/// </summary>
internal sealed class OnlineInvoicePaymentsBackfill(AppDbContext db, CommuneTime dates, TimeProvider time) : IDataSeeder
{
    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        var missing = await db.PaymentOperations.AsNoTracking()
            .Where(p => p.Purpose == InvoicePaymentPurpose.PurposeKind && p.State == PaymentState.Paid && !db.InvoicePayments.Any(r => r.PaymentOperationId == p.Id))
            .ToListAsync(cancellationToken);
        if (missing.Count == 0)
        {
            return;
        }

        var ids = missing.Select(p => long.TryParse(p.PurposeReference, NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id : 0).ToList();
        var invoices = await db.Invoices.AsNoTracking().Where(i => ids.Contains(i.Id)).ToDictionaryAsync(i => i.Id, cancellationToken);
        foreach (var (payment, id) in missing.Zip(ids))
        {
            if (invoices.TryGetValue(id, out var invoice))
            {
                var at = payment.TransactionAt ?? payment.SettledAt ?? payment.CreatedAt;
                db.InvoicePayments.Add(InvoicePayment.Online(invoice, payment.Id, payment.Amount, dates.Day(at), payment.AuthorisationNumber, payment.SettledAt ?? time.GetUtcNow()));
            }
        }

        await db.SaveChangesAsync(cancellationToken);
    }
}
