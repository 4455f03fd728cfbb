namespace DossierFamille.Web.Features.Billing;

/// <summary>One quotient familial bracket of a tariff: families whose QF is at most <see cref="MaxQuotient"/> pay <see cref="Price"/>.</summary>
public sealed class TariffBracket
{
    public int Id { get; set; }

    public int TariffId { get; set; }

    /// <summary>The highest QF of the bracket, included; null for the highest bracket (no upper bound).</summary>
    public int? MaxQuotient { get; set; }

    /// <summary>The price of one unit, in euros (up to 4 decimals; the line is rounded to the cent).</summary>
    public decimal Price { get; set; }
}
