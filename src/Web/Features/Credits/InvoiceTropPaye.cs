using DossierFamille.Web.Data;
using DossierFamille.Web.Features.Invoicing;
using DossierFamille.Web.Features.Wallets;
using Microsoft.EntityFrameworkCore;

namespace DossierFamille.Web.Features.Credits;

/// <summary>
/// The trop payé spent on monthly invoices: when the run issues an invoice, each service of its lines pays what the
/// account's trop payé of that service holds, up to what that service's lines cost — an <see cref="InvoicePayment"/> of
/// mode "Trop payé" and the matching use in the ledger (<see cref="CreditMovementKind.UsedOnInvoice"/>), in the issue's
/// transaction, under the account and service's lock (<see cref="WalletLocks"/>, the row the validation's "Utiliser trop
/// payé" takes): two things spending the same trop payé at once spend it once. An invoice it pays whole is paid at issue.
/// </summary>
internal sealed class InvoiceTropPaye(AppDbContext db, CreditReader reader, WalletLocks locks, InvoiceLineServices lineServices)
{
    /// <summary>
    /// Before the transaction: the (account, service) pairs whose trop payé may pay some of <paramref name="drafts"/>,
    /// read for the whole batch in one query (most accounts have none, and then nothing else is read), their lock rows created.
    /// </summary>
    public async Task<IReadOnlyList<WalletKey>> PrepareAsync(IReadOnlyList<InvoiceDraft> drafts, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(drafts);
        if (drafts.Count == 0)
        {
            return [];
        }

        var held = await reader.HeldAsync([.. drafts.Select(d => d.FamilyId)], [.. drafts.Select(d => d.UserId)], cancellationToken);
        if (held.Count == 0)
        {
            return [];
        }

        var owners = held.Keys.Select(k => (k.FamilyId, k.UserId)).ToHashSet();
        var concerned = drafts.Where(d => owners.Contains((d.FamilyId, d.UserId))).ToList();
        var services = await lineServices.ReadAsync([.. concerned.SelectMany(d => d.Lines.Select(l => (d.FamilyId, l)))], cancellationToken);
        var keys = concerned.SelectMany(d => d.Lines.Select(l => services[l]).Where(s => s != InvoiceLineServices.Unknown).Select(s => new WalletKey(d.FamilyId, d.UserId, s)))
            .Distinct().Where(held.ContainsKey).ToList();
        await locks.EnsureAsync(keys, cancellationToken);
        return keys;
    }

    /// <summary>
    /// In the transaction, <paramref name="invoices"/> saved (they have their ids): under the locks of
    /// <paramref name="keys"/> (<see cref="PrepareAsync"/>), the balances read again, each invoice's services pay what they
    /// can. Returns what was deducted from each invoice (none: not in the dictionary). Nothing here saves.
    /// </summary>
    public async Task<Dictionary<long, decimal>> DeductAsync(IReadOnlyList<Invoice> invoices, IReadOnlyList<WalletKey> keys, DateOnly today, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(invoices);
        ArgumentNullException.ThrowIfNull(keys);
        var deducted = new Dictionary<long, decimal>();
        if (keys.Count == 0)
        {
            return deducted;
        }

        await locks.LockAsync(keys, cancellationToken);
        var available = await reader.HeldAsync([.. keys.Select(k => k.FamilyId)], [.. keys.Select(k => k.UserId)], cancellationToken);
        var services = await lineServices.ReadAsync([.. invoices.SelectMany(i => i.Lines.Select(l => (i.FamilyId, l)))], cancellationToken);
        foreach (var invoice in invoices.OrderBy(i => i.Id))
        {
            var shares = invoice.Lines.GroupBy(l => services[l]).Where(g => g.Key != InvoiceLineServices.Unknown).OrderBy(g => g.Key).Select(g => (Structure: g.Key, Amount: g.Sum(l => l.Amount)));
            foreach (var (structureId, share) in shares)
            {
                var key = new WalletKey(invoice.FamilyId, invoice.UserId, structureId);
                var use = keys.Contains(key) ? BookingCredits.Usable(available.GetValueOrDefault(key), share) : 0;
                if (use == 0)
                {
                    continue;
                }

                available[key] -= use;
                deducted[invoice.Id] = deducted.GetValueOrDefault(invoice.Id) + use;
                db.InvoicePayments.Add(InvoicePayment.FromTropPaye(invoice, use, today, now));
                db.CreditMovements.Add(new CreditMovement
                {
                    FamilyId = invoice.FamilyId,
                    UserId = invoice.UserId,
                    StructureId = structureId,
                    Kind = CreditMovementKind.UsedOnInvoice,
                    Amount = -use,
                    InvoiceId = invoice.Id,
                    Label = CreditLabels.Truncate($"Déduit de la facture {invoice.Number}"),
                    CreatedAt = now,
                });
            }

            if (deducted.GetValueOrDefault(invoice.Id) >= invoice.Total)
            {
                invoice.MarkPaid(now);
            }
        }

        return deducted;
    }
}
