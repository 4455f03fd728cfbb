using DossierFamille.Web.Data;
using DossierFamille.Web.Features.Accounts;
using DossierFamille.Web.Features.Campaigns;
using DossierFamille.Web.Features.Commune;
using DossierFamille.Web.Features.Families;
using DossierFamille.Web.Features.Payments.PayFip;
using DossierFamille.Workflows.Runtime;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace DossierFamille.Web.Features.Payments;

/// <summary>
/// Starts the online payment of one debt: registers it with PayFiP (creerPaiementSecurise), then records the operation and
/// dispatches its "Paiement en ligne" workflow in one SaveChanges, and sends the parent to PayFiP's page. An attempt still
/// valid on the same debt is reused rather than doubled (double click, second tab).
/// </summary>
internal sealed class PaymentStarter(
    AppDbContext db,
    IPayFipClient payfip,
    IOptions<PayFipOptions> options,
    PaymentPurposes purposes,
    IWorkflowStep workflows,
    PaymentAddresses addresses,
    TimeProvider time,
    ILogger<PaymentStarter> logger)
{
    public const string Unavailable = "Le paiement en ligne est momentanément indisponible. Réessayez dans quelques minutes, ou payez à la mairie.";

    public const string NoEmail = "Indiquez une adresse email dans « Mon profil » pour payer en ligne : le ticket de paiement y est envoyé.";

    /// <summary>Null when the debt is not the account's own or nothing is owed (the caller answers 404).</summary>
    public async Task<PaymentStart?> StartAsync(AccountScope scope, string kind, string reference, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scope);
        if (scope.IsStaff || purposes.Find(kind) is not { } purpose || await purpose.FindDebtAsync(scope, reference, cancellationToken) is not { } debt)
        {
            return null;
        }

        var contract = options.Value;
        if (!contract.IsConfigured)
        {
            return PaymentStart.Refused("La commune ne propose pas le paiement en ligne. Payez à la mairie.");
        }

        var now = time.GetUtcNow();
        var open = await db.PaymentOperations.AsNoTracking()
            .Where(p => p.UserId == scope.UserId && p.Refdet == debt.Refdet && p.State == PaymentState.Pending)
            .OrderByDescending(p => p.CreatedAt).FirstOrDefaultAsync(cancellationToken);
        if (open is not null && !open.IsExpired(now))
        {
            return PaymentStart.To(contract.PaymentPage(open.IdOp!));
        }

        if (await PayerEmailAsync(scope.UserId, cancellationToken) is not { } mel)
        {
            return PaymentStart.Refused(NoEmail);
        }

        PaymentOperation payment;
        try
        {
            payment = await RegisterAsync(scope.UserId, scope.FamilyId, debt, kind, mel, cancellationToken);
        }
        catch (PayFipException ex)
        {
            logger.LogError(ex, "PayFiP refused or failed to create the payment of {Refdet} ({Kind} {Reference})", debt.Refdet, kind, reference);
            return PaymentStart.Refused(Unavailable);
        }

        await db.SaveChangesAsync(cancellationToken);
        return PaymentStart.To(contract.PaymentPage(payment.IdOp!));
    }

    /// <summary>The address PayFiP and the ticket use: the account's first one; null when it has none.</summary>
    public async Task<string?> PayerEmailAsync(string userId, CancellationToken cancellationToken) =>
        EmailAddresses.Split(await db.Users.AsNoTracking().Where(u => u.Id == userId).Select(u => u.Email).SingleOrDefaultAsync(cancellationToken)).FirstOrDefault();

    /// <summary>
    /// Registers the payment of <paramref name="debt"/> with PayFiP and adds the operation and its "Paiement en ligne"
    /// workflow to the caller's unit of work, which saves them (with what the payment is for, when the caller holds
    /// something for it). Throws <see cref="PayFipException"/> when PayFiP refuses or does not answer.
    /// </summary>
    public async Task<PaymentOperation> RegisterAsync(string userId, int familyId, PaymentDebt debt, string kind, string email, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var payment = PaymentOperation.Start(userId, familyId, debt, kind, email, now);
        payment.Registered(await payfip.CreatePaymentAsync(addresses.Request(payment, now), cancellationToken));
        db.PaymentOperations.Add(payment);
        await workflows.DispatchAsync(OnlinePaymentWorkflow.DefinitionId, correlationId: OnlinePaymentWorkflow.Correlation(payment.Id), cancellationToken: cancellationToken);
        return payment;
    }
}
