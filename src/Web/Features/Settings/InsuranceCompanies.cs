namespace DossierFamille.Web.Features.Settings;

public static class InsuranceCompanies
{
    /// <summary>The choice for a company missing from the list: the parent gives its name, address and phone.</summary>
    public const string Other = "Autre compagnie";
}
