namespace DossierFamille.Web.Features.Wallets;

/// <summary>
/// One account's porte-monnaie of one service, as "Paiement et Solde" shows it: <see cref="Balance"/> (the sum of its
/// movements), <see cref="EstimatedCost"/> (the days booked not yet processed or on a waiting list: taken when
/// accepted), <see cref="BookedAmount"/> (the days accepted to come, already taken) and its movements, newest first.
/// </summary>
public sealed record WalletSummary(int StructureId, string Service, decimal Balance, decimal EstimatedCost, decimal BookedAmount, IReadOnlyList<WalletMovement> Movements)
{
    /// <summary>What new bookings may still cost.</summary>
    public decimal Available => Balance - EstimatedCost;
}
