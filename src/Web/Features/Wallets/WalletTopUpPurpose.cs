using DossierFamille.Web.Data;
using DossierFamille.Web.Features.Billing;
using DossierFamille.Web.Features.Families;
using DossierFamille.Web.Features.Payments;
using DossierFamille.Web.Features.Payments.PayFip;
using Microsoft.EntityFrameworkCore;

namespace DossierFamille.Web.Features.Wallets;

/// <summary>
/// Topping up a porte-monnaie by card: the debt is the amount the parent chose for one service whose activities are paid
/// by porte-monnaie; once PayFiP says it is paid, one movement credits the account's wallet, in the payment's own unit of
/// work (a payment credits once: the payment's state is its concurrency token, so a duplicate notification's commit, movement included, is rolled back).
/// </summary>
internal sealed class WalletTopUpPurpose(AppDbContext db, TimeProvider time) : IPaymentPurpose
{
    public const string PurposeKind = "porte-monnaie";

    public string Kind => PurposeKind;

    public async Task<PaymentDebt?> FindDebtAsync(AccountScope scope, string reference, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scope);
        if (scope.IsStaff || WalletTopUp.Parse(reference) is not { } topUp || topUp.Amount < WalletTopUp.Minimum || topUp.Amount > WalletTopUp.Maximum)
        {
            return null;
        }

        var service = await db.Structures.AsNoTracking()
            .Where(s => s.Id == topUp.StructureId && db.Activities.Any(a => a.StructureId == s.Id && a.IsActive && db.ActivityBillings.Any(b => b.ActivityId == a.Id && b.PaymentMode == PaymentMode.Wallet)))
            .Select(s => s.Name).SingleOrDefaultAsync(cancellationToken);
        if (service is null)
        {
            return null;
        }

        var objet = $"Porte-monnaie {service}";
        return new PaymentDebt(topUp.Reference, topUp.Refdet, objet.Length > PayFipRules.ObjetMaxLength ? objet[..PayFipRules.ObjetMaxLength] : objet, topUp.Amount);
    }

    public string ReturnPath(string reference) => WalletsModule.ParentPath;

    public async Task RecordPaidAsync(PaymentOperation payment, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(payment);
        var topUp = WalletTopUp.Parse(payment.PurposeReference) ?? throw new InvalidOperationException($"Le paiement {payment.Id} ne désigne pas un porte-monnaie ({payment.PurposeReference}).");
        if (await db.WalletMovements.AnyAsync(m => m.PaymentId == payment.Id, cancellationToken))
        {
            return;
        }

        db.WalletMovements.Add(new WalletMovement
        {
            FamilyId = payment.FamilyId,
            UserId = payment.UserId,
            StructureId = topUp.StructureId,
            Kind = WalletMovementKind.TopUp,
            Amount = payment.Amount,
            PaymentId = payment.Id,
            Label = $"Rechargement par carte bancaire (PayFiP, {payment.AuthorisationNumber ?? payment.IdOp})",
            CreatedAt = payment.TransactionAt ?? time.GetUtcNow(),
        });
    }

    /// <summary>A top-up holds nothing: refused or abandoned, the wallet is as it was.</summary>
    public Task ReleaseAsync(PaymentOperation payment, CancellationToken cancellationToken) => Task.CompletedTask;
}
