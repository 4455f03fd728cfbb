namespace DossierFamille.Web.Features.Billing;

public enum PenaltyKind
{
    /// <summary>The commune does not charge it.</summary>
    None,

    /// <summary>Charged the day's own price.</summary>
    SameAsDay,

    /// <summary>Charged a price of its own.</summary>
    FixedPrice,
}
