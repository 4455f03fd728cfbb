namespace DossierFamille.PayFip.Simulator;

/// <summary>One payment operation (idOp) as PayFiP keeps it: what was asked, and the result once the payer chose.</summary>
internal sealed class SimulatedPayment
{
    public required string IdOp { get; init; }

    public required string ClientNumber { get; init; }

    public required string Exercise { get; init; }

    public required string Refdet { get; init; }

    public required string Objet { get; init; }

    public required long AmountCents { get; init; }

    public required string Email { get; init; }

    public required Uri NotificationUrl { get; init; }

    public required Uri RedirectUrl { get; init; }

    public required string Saisie { get; init; }

    public required DateTimeOffset CreatedAt { get; init; }

    /// <summary>P, R or A once finished; null while the payer has not chosen.</summary>
    public char? ResultCode { get; set; }

    public string? AuthorisationNumber { get; set; }

    /// <summary>When the payer chose, in French local time (dattrans, heurtrans).</summary>
    public DateTime? TransactionLocalTime { get; set; }

    public bool IsPaid => ResultCode == 'P';
}
