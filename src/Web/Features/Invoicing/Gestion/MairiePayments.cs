using System.ComponentModel.DataAnnotations;
using DossierFamille.Web.Data;
using DossierFamille.Web.Features.Billing;
using DossierFamille.Web.Features.Settings;
using Microsoft.EntityFrameworkCore;

namespace DossierFamille.Web.Features.Invoicing.Gestion;

/// <summary>
/// A gestionnaire records a payment a family made at the mairie (espèces, chèque, CESU, virement) against an invoice. In
/// one transaction: the invoice's row is locked (<see cref="InvoiceLocks"/>, which an online payment of it takes too), what is left to pay is read, the
/// payment is refused beyond it, recorded, the invoice marked paid once nothing is left, and the action audited. Two
/// gestionnaires at once wait for each other, so together they never record more than the invoice; the form's key makes a
/// double click record it once.
/// </summary>
internal sealed class MairiePayments(AppDbContext db, InvoiceLocks locks, InvoiceBalances balances, InvoiceIssuer issuer, SettingsAudit audit, TimeProvider time)
{
    public const string AuditSubject = "Règlements à la mairie";

    /// <summary>The errors tied to their fields, or none once recorded (or already recorded under the same key).</summary>
    public async Task<IReadOnlyList<ValidationResult>> RecordAsync(long invoiceId, MairiePaymentInput input, string actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        var errors = new List<ValidationResult>();
        Validator.TryValidateObject(input, new ValidationContext(input), errors, validateAllProperties: true);
        var amount = Money.Parse(input.Amount);
        if (input.Amount is not null && (amount is not { } value || value <= 0 || decimal.Round(value, 2) != value))
        {
            errors.Add(new ValidationResult("Indiquez un montant positif en euros, au centime près, par exemple 12,50.", [nameof(MairiePaymentInput.Amount)]));
        }

        var today = issuer.Today;
        if (input.PaidOn > today)
        {
            errors.Add(new ValidationResult("La date du règlement ne peut pas être dans le futur.", [nameof(MairiePaymentInput.PaidOn)]));
        }

        if (input.Mode is { } mode && !InvoicePaymentModes.AtMairie.Contains(mode))
        {
            errors.Add(new ValidationResult("Choisissez un mode de règlement de la liste.", [nameof(MairiePaymentInput.Mode)]));
        }

        if (input.Mode == InvoicePaymentMode.Cheque && string.IsNullOrWhiteSpace(input.Reference))
        {
            errors.Add(new ValidationResult("Indiquez le numéro du chèque.", [nameof(MairiePaymentInput.Reference)]));
        }

        if (input.Key == Guid.Empty)
        {
            errors.Add(new ValidationResult("Le formulaire a expiré : rechargez la page et saisissez le règlement à nouveau.", []));
        }

        if (errors.Count > 0 || await RecordedAsync(input.Key, cancellationToken))
        {
            return errors;
        }

        try
        {
            await db.InTransactionAsync(async () =>
            {
                db.ChangeTracker.Clear();
                errors.Clear();
                // The invoice's row lock: a second gestionnaire, or an online payment being recorded, waits here until this one commits, then reads its payment.
                if (!await locks.LockAsync(invoiceId, cancellationToken))
                {
                    errors.Add(new ValidationResult("Cette facture n'existe pas.", []));
                    return;
                }

                if (await RecordedAsync(input.Key, cancellationToken))
                {
                    return;
                }

                var invoice = await db.Invoices.SingleAsync(i => i.Id == invoiceId, cancellationToken);
                var due = invoice.IsPaid ? 0 : (await balances.OfAsync(invoiceId, cancellationToken)).LeftOf(invoice.Total);
                if (amount > due)
                {
                    errors.Add(new ValidationResult(
                        due == 0 ? "Cette facture est déjà réglée : il ne reste rien à payer." : $"Le montant dépasse ce qui reste à payer : {Money.Format(due)}.",
                        [nameof(MairiePaymentInput.Amount)]));
                    return;
                }

                var now = time.GetUtcNow();
                var payment = InvoicePayment.AtMairie(input.Key, invoice, due, input.Mode!.Value, amount!.Value, input.PaidOn!.Value, input.Reference, actor, now);
                db.InvoicePayments.Add(payment);
                if (payment.Amount == due)
                {
                    invoice.MarkPaid(now);
                }

                audit.Record(actor, AuditSubject, $"Facture {invoice.Number} ({invoice.HolderName}, {invoice.FamilyReference}) : {Money.Format(payment.Amount)} en {InvoicePaymentModes.Label(payment.Mode).ToLowerInvariant()}"
                    + $"{(payment.Reference is { } reference ? $" (référence {reference})" : "")} le {InvoiceMails.Date(payment.PaidOn)} ; reste à payer {Money.Format(due - payment.Amount)}.");
                await db.SaveChangesAsync(cancellationToken);
            }, cancellationToken);
        }
        catch (DbUpdateException)
        {
            // The same form posted twice at once: the other post recorded it.
            db.ChangeTracker.Clear();
            if (!await RecordedAsync(input.Key, cancellationToken))
            {
                throw;
            }

            return [];
        }

        return errors;
    }

    private Task<bool> RecordedAsync(Guid key, CancellationToken cancellationToken) => db.InvoicePayments.AnyAsync(p => p.Id == key, cancellationToken);
}
