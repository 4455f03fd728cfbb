using System.Globalization;

namespace DossierFamille.Web.Features.Wallets;

/// <summary>
/// One top-up as the payments core names it: "{key}.{structure}.{cents}". The key comes with the page's form, so that a
/// double click or a second tab reaches the same PayFiP debt (refdet "PM" and 28 hex digits of the key) instead of
/// paying twice.
/// </summary>
internal sealed record WalletTopUp(Guid Key, int StructureId, long Cents)
{
    public const decimal Minimum = 5m;
    public const decimal Maximum = 500m;

    public decimal Amount => Cents / 100m;

    public string Reference => string.Create(CultureInfo.InvariantCulture, $"{Key:N}.{StructureId}.{Cents}");

    public string Refdet => $"PM{Key:N}"[..30].ToUpperInvariant();

    public static WalletTopUp? Parse(string? reference)
    {
        var parts = reference?.Split('.');
        return parts is [var key, var structure, var cents]
            && Guid.TryParseExact(key, "N", out var k)
            && int.TryParse(structure, NumberStyles.None, CultureInfo.InvariantCulture, out var s)
            && long.TryParse(cents, NumberStyles.None, CultureInfo.InvariantCulture, out var c)
            ? new WalletTopUp(k, s, c)
            : null;
    }

    /// <summary>The amount typed by the parent ("20", "12,50"); the French error when it cannot be paid.</summary>
    public static (decimal? Amount, string? Error) ParseAmount(string? typed)
    {
        if (string.IsNullOrWhiteSpace(typed))
        {
            return (null, "Indiquez le montant à verser sur le porte-monnaie.");
        }

        var amount = Billing.Money.Parse(typed);
        if (amount is null || decimal.Round(amount.Value, 2) != amount)
        {
            return (null, "Écrivez un montant en euros, avec au plus deux chiffres après la virgule (par exemple 20 ou 12,50).");
        }

        return amount < Minimum || amount > Maximum
            ? (null, $"Le montant d'un rechargement va de {Billing.Money.Format(Minimum)} à {Billing.Money.Format(Maximum)}.")
            : (amount, null);
    }
}
