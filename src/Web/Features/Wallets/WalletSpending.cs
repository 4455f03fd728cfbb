using DossierFamille.Web.Features.Billing;
using DossierFamille.Web.Features.Reservations;

namespace DossierFamille.Web.Features.Wallets;

/// <summary>
/// One validation's spending from the account's porte-monnaie, checked under the wallets' locks when the commune refuses
/// bookings beyond the balance: each reservation of an activity paid by porte-monnaie takes its price from what is
/// available (the balance less the days booked and not yet taken), or is refused with the reason.
/// </summary>
internal sealed class WalletSpending
{
    public static WalletSpending Unchecked { get; } = new(new Dictionary<int, int>(), null);

    private readonly IReadOnlyDictionary<int, int> _structureOf;
    private readonly Dictionary<int, (string Service, decimal Available)>? _wallets;

    /// <param name="structureOf">The service of each activity paid by porte-monnaie.</param>
    /// <param name="wallets">What each service's wallet has available; null when the commune does not refuse beyond the balance.</param>
    public WalletSpending(IReadOnlyDictionary<int, int> structureOf, Dictionary<int, (string Service, decimal Available)>? wallets)
    {
        _structureOf = structureOf;
        _wallets = wallets;
    }

    /// <summary>Takes the line's price from its wallet; the French reason when the wallet cannot pay it.</summary>
    public string? CannotAfford(CartLine line, decimal? price)
    {
        ArgumentNullException.ThrowIfNull(line);
        if (_wallets is null || line.Kind != BookingRequestKind.Reservation || price is not > 0 || !_structureOf.TryGetValue(line.ActivityId, out var structureId))
        {
            return null;
        }

        var cost = Money.Line(price.Value);
        var (service, available) = _wallets.GetValueOrDefault(structureId, ("Service", 0m));
        if (available < cost)
        {
            return $"Solde insuffisant sur votre porte-monnaie « {service} » : il reste {Money.Format(Math.Max(0, available))} disponible(s) et ce jour coûte {Money.Format(cost)}. "
                + "Rechargez-le dans « Paiement et Solde », puis réservez ce jour à nouveau.";
        }

        _wallets[structureId] = (service, available - cost);
        return null;
    }
}
