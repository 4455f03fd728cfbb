using System.Globalization;
using DossierFamille.Web.Data;
using DossierFamille.Web.Features.Campaigns;
using DossierFamille.Web.Features.Credits;
using DossierFamille.Web.Features.Families;
using DossierFamille.Web.Features.Payments;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace DossierFamille.Web.Features.Invoicing;

/// <summary>
/// Paying an invoice online ("Payer en ligne" on the Facturation page): the debt is what is left of the account's own
/// unpaid invoice; the PayFiP refdet is its number without the dash (the same for every attempt). Once PayFiP says it is
/// paid, the payment is recorded against the invoice (an <see cref="InvoicePayment"/>, listed with those made at the mairie)
/// and the invoice marked paid, in the payment's own unit of work and transaction, under the invoice's lock
/// (<see cref="InvoiceLocks"/>, the one a payment at the mairie takes) taken before reading what is paid: whichever of the
/// two comes second sees the other, and an excess becomes trop payé once.
/// </summary>
internal sealed class InvoicePaymentPurpose(AppDbContext db, InvoiceReader invoices, InvoiceLocks locks, InvoiceCredits credits, IOptions<CampaignOptions> commune, TimeProvider time) : IPaymentPurpose
{
    public const string PurposeKind = "facture";

    public string Kind => PurposeKind;

    public async Task<PaymentDebt?> FindDebtAsync(AccountScope scope, string reference, CancellationToken cancellationToken)
    {
        if (!long.TryParse(reference, NumberStyles.None, CultureInfo.InvariantCulture, out var id)
            || await invoices.FindAsync(scope, id, cancellationToken) is not { Due: > 0 } summary)
        {
            return null;
        }

        var invoice = summary.Invoice;
        return new PaymentDebt(reference, Refdet(invoice.Number), $"Facture {invoice.Number}", summary.Due);
    }

    public string ReturnPath(string reference) => InvoicingModule.ParentPath;

    public async Task RecordPaidAsync(PaymentOperation payment, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(payment);
        var id = long.Parse(payment.PurposeReference, CultureInfo.InvariantCulture);
        // Whose it is was checked when the payment started (FindDebtAsync): a couple pays either one's invoices.
        await locks.LockAsync(id, cancellationToken);
        var invoice = await db.Invoices.SingleAsync(i => i.Id == id, cancellationToken);
        var at = payment.TransactionAt ?? time.GetUtcNow();
        // It paid the whole debt left when it started: the invoice is paid (a mairie payment recorded meanwhile, or a
        // credit note, or another tab's payment makes it overpaid: the excess becomes trop payé).
        invoice.MarkPaid(at);
        if (!await db.InvoicePayments.AnyAsync(p => p.PaymentOperationId == payment.Id, cancellationToken))
        {
            db.InvoicePayments.Add(InvoicePayment.Online(invoice, payment.Id, payment.Amount, CampaignSchedule.LocalDate(at, commune.Value.Zone), payment.AuthorisationNumber, time.GetUtcNow()));
            await credits.SettleAsync(invoice.Id, payment.Id, creditNote: null, time.GetUtcNow(), cancellationToken);
        }
    }

    /// <summary>An invoice holds nothing while it is being paid: a refused or abandoned payment leaves it to pay.</summary>
    public Task ReleaseAsync(PaymentOperation payment, CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>"F2026-000123" → "F2026000123": PayFiP takes letters and digits only.</summary>
    public static string Refdet(string number) => number.Replace("-", string.Empty, StringComparison.Ordinal);
}
