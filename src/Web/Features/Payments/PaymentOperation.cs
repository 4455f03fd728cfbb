using DossierFamille.Web.Features.Payments.PayFip;

namespace DossierFamille.Web.Features.Payments;

/// <summary>
/// One online payment attempt of an account: what it pays (<see cref="Purpose"/> and <see cref="PurposeReference"/>),
/// the PayFiP debt reference and amount, its idOp and where it stands. The state is the row's concurrency token: the
/// move out of <see cref="PaymentState.Pending"/> is written once, however many notifications and checks race for it.
/// No card data: PayFiP keeps it.
/// </summary>
public sealed class PaymentOperation
{
    /// <summary>How long PayFiP's payment page accepts an idOp.</summary>
    public static readonly TimeSpan Validity = TimeSpan.FromMinutes(15);

    public Guid Id { get; init; }

    public int FamilyId { get; init; }

    /// <summary>The paying account: the operation is its own (separated parents do not see each other's).</summary>
    public required string UserId { get; init; }

    /// <summary>What kind of debt it pays (an <see cref="IPaymentPurpose.Kind"/>).</summary>
    public required string Purpose { get; init; }

    /// <summary>Which debt of that kind (an invoice id…).</summary>
    public required string PurposeReference { get; init; }

    /// <summary>refdet: one debt, 6–30 letters and digits.</summary>
    public required string Refdet { get; init; }

    public required string Objet { get; init; }

    /// <summary>Euros, to the cent.</summary>
    public decimal Amount { get; init; }

    /// <summary>mel: the address PayFiP sends its own receipt to.</summary>
    public required string Email { get; init; }

    public string? IdOp { get; private set; }

    public PaymentState State { get; private set; }

    public DateTimeOffset CreatedAt { get; init; }

    public DateTimeOffset ExpiresAt { get; init; }

    /// <summary>resultrans as PayFiP gave it (P, V, R, Z, A); null while pending or when PayFiP forgot the idOp.</summary>
    public string? ResultCode { get; private set; }

    /// <summary>numauto: the bank's authorisation number of a paid payment.</summary>
    public string? AuthorisationNumber { get; private set; }

    /// <summary>When the payer paid, refused or gave up, per PayFiP.</summary>
    public DateTimeOffset? TransactionAt { get; private set; }

    /// <summary>When the portal recorded the result.</summary>
    public DateTimeOffset? SettledAt { get; private set; }

    public long AmountCents => decimal.ToInt64(Amount * 100);

    public static PaymentOperation Start(string userId, int familyId, PaymentDebt debt, string purpose, string email, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(debt);
        if (debt.Amount <= 0 || decimal.Round(debt.Amount, 2) != debt.Amount)
        {
            throw new ArgumentException($"Un paiement en ligne porte sur un montant positif au centime près ({debt.Amount}).", nameof(debt));
        }

        PayFipRules.EnsureRefdet(debt.Refdet);
        return new PaymentOperation
        {
            Id = Guid.CreateVersion7(),
            FamilyId = familyId,
            UserId = userId,
            Purpose = purpose,
            PurposeReference = debt.Reference,
            Refdet = debt.Refdet,
            Objet = debt.Objet,
            Amount = debt.Amount,
            Email = email,
            State = PaymentState.Pending,
            CreatedAt = now,
            ExpiresAt = now + Validity,
        };
    }

    public bool IsPending => State == PaymentState.Pending;

    public bool IsExpired(DateTimeOffset now) => now >= ExpiresAt;

    public void Registered(string idOp)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(idOp);
        IdOp = IdOp is null ? idOp : throw new InvalidOperationException($"Le paiement {Id} a déjà l'idOp {IdOp}.");
    }

    /// <summary>Records PayFiP's result. The detail must be this payment's debt and amount, else nothing is recorded.</summary>
    public void Settle(PayFipPaymentDetail detail, DateTimeOffset? transactionAt, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(detail);
        EnsurePending();
        if (detail.Refdet != Refdet || detail.AmountCents != AmountCents)
        {
            throw new InvalidOperationException($"PayFiP donne pour l'idOp {IdOp} la dette {detail.Refdet} de {detail.AmountCents} centimes, le portail attend {Refdet} de {AmountCents} centimes : rien n'est enregistré.");
        }

        State = detail.Result switch
        {
            PayFipResult.Paid => PaymentState.Paid,
            PayFipResult.Refused => PaymentState.Refused,
            _ => PaymentState.Abandoned,
        };
        ResultCode = detail.ResultCode.ToString();
        AuthorisationNumber = detail.AuthorisationNumber;
        TransactionAt = transactionAt;
        SettledAt = now;
    }

    /// <summary>PayFiP no longer knows the idOp after its validity: the payer never paid.</summary>
    public void Expire(DateTimeOffset now)
    {
        EnsurePending();
        State = PaymentState.Abandoned;
        SettledAt = now;
    }

    private void EnsurePending()
    {
        if (State != PaymentState.Pending)
        {
            throw new InvalidOperationException($"Le paiement {Id} est déjà {State}.");
        }
    }
}
