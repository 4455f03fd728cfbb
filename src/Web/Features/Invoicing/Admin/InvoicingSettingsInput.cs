namespace DossierFamille.Web.Features.Invoicing.Admin;

/// <summary>The invoicing settings as the admin's form posts them.</summary>
internal sealed record InvoicingSettingsInput(string? Jour, string? Heure, string? Delai, string? Relance, string? HeureRelance, string? Debiteur)
{
    public IReadOnlyDictionary<string, string?> Typed => new Dictionary<string, string?>
    {
        ["jour"] = Jour,
        ["heure"] = Heure,
        ["delai"] = Delai,
        ["relance"] = Relance,
        ["heureRelance"] = HeureRelance,
        ["debiteur"] = Debiteur,
    };
}
