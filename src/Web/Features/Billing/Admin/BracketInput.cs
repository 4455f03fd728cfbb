namespace DossierFamille.Web.Features.Billing.Admin;

/// <summary>One row of the QF brackets: the highest QF of the bracket and its price as typed ("2,50"); a blank row is ignored.</summary>
public sealed class BracketInput
{
    public int? MaxQuotient { get; set; }

    public string? Price { get; set; }

    public bool IsBlank => MaxQuotient is null && string.IsNullOrWhiteSpace(Price);

    public static string MaxField(int index) => $"Brackets-{index}-MaxQuotient";

    public static string PriceField(int index) => $"Brackets-{index}-Price";
}
