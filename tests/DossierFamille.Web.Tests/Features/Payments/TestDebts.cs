using System.Collections.Concurrent;
using DossierFamille.Web.Data;
using DossierFamille.Web.Features.Families;
using DossierFamille.Web.Features.Payments;
using DossierFamille.Web.Features.Settings;

namespace DossierFamille.Web.Tests.Features.Payments;

/// <summary>
/// A kind of debt for the payments core's own tests, independent of invoices: each debt belongs to one family, and its
/// payment or release is written as an audit row in the payment's unit of work, so a test counts how often it happened.
/// </summary>
internal sealed class TestDebts(AppDbContext db, TimeProvider time) : IPaymentPurpose
{
    public const string Amount = "42,50 €";

    private static readonly ConcurrentDictionary<string, int> Families = new(StringComparer.Ordinal);

    public string Kind => "essai";

    public static string Owe(int familyId)
    {
        var reference = "D" + Guid.NewGuid().ToString("N")[..20];
        Families[reference] = familyId;
        return reference;
    }

    public static string PaidSubject(string reference) => $"Dette {reference} payée";

    public static string ReleasedSubject(string reference) => $"Dette {reference} libérée";

    public Task<PaymentDebt?> FindDebtAsync(AccountScope scope, string reference, CancellationToken cancellationToken) =>
        Task.FromResult(Families.TryGetValue(reference, out var family) && family == scope.FamilyId
            ? new PaymentDebt(reference, reference, "Cantine de novembre", 42.50m)
            : null);

    public string ReturnPath(string reference) => "/";

    public Task RecordPaidAsync(PaymentOperation payment, CancellationToken cancellationToken) => Record(PaidSubject(payment.PurposeReference));

    public Task ReleaseAsync(PaymentOperation payment, CancellationToken cancellationToken) => Record(ReleasedSubject(payment.PurposeReference));

    private Task Record(string subject)
    {
        db.AuditEntries.Add(new AuditEntry { At = time.GetUtcNow(), Actor = "PayFiP", Subject = subject, Description = subject });
        return Task.CompletedTask;
    }
}
