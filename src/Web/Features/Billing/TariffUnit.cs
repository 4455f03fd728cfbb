namespace DossierFamille.Web.Features.Billing;

/// <summary>What one price pays for, as the invoice line says it.</summary>
public enum TariffUnit
{
    Day,
    Meal,
    HalfDay,
}
