namespace DossierFamille.Web.Features.Billing;

/// <summary>A penalty the commune may turn on (presence without booking, late cancellation, unjustified absence).</summary>
public sealed record PenaltyRule(PenaltyKind Kind, decimal? Price)
{
    public static PenaltyRule Off { get; } = new(PenaltyKind.None, null);

    /// <summary>The amount charged for a day whose own price is <paramref name="dayPrice"/>; null when the penalty is off.</summary>
    public decimal? AmountFor(decimal dayPrice) => Kind switch
    {
        PenaltyKind.SameAsDay => Money.Line(dayPrice),
        PenaltyKind.FixedPrice when Price is { } price => Money.Line(price),
        _ => null,
    };

    public string Describe() => Kind switch
    {
        PenaltyKind.SameAsDay => "le prix du jour",
        PenaltyKind.FixedPrice when Price is { } price => Money.Format(price),
        _ => "non appliquée",
    };
}
