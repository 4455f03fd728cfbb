using DossierFamille.Web.Features.Families;

namespace DossierFamille.Web.Features.Payments;

/// <summary>
/// What a kind of online payment pays (an invoice, held bookings…). The payments core asks it what is owed, and tells it
/// the result in the same unit of work as the payment's own change: nothing here saves.
/// </summary>
public interface IPaymentPurpose
{
    /// <summary>The purpose's name in payments and addresses ("facture").</summary>
    string Kind { get; }

    /// <summary>The debt <paramref name="reference"/> as the account may pay it now; null when it is not its own or nothing is owed.</summary>
    Task<PaymentDebt?> FindDebtAsync(AccountScope scope, string reference, CancellationToken cancellationToken);

    /// <summary>Where the parent goes back to from the payment's page.</summary>
    string ReturnPath(string reference);

    /// <summary>The payment is paid: record what it paid.</summary>
    Task RecordPaidAsync(PaymentOperation payment, CancellationToken cancellationToken);

    /// <summary>
    /// The payment was refused or abandoned: release what it held, if anything. Called when the result is recorded, and
    /// again by the catch-up once the payment's validity is over: a purpose may keep what it holds until then (the parent
    /// may try again), so a second call must release only what is still held.
    /// </summary>
    Task ReleaseAsync(PaymentOperation payment, CancellationToken cancellationToken);
}
