namespace DossierFamille.Web.Features.Wallets;

/// <summary>
/// The row a validation updates to lock one account's wallet of one service while it checks and records what the
/// bookings will cost (<see cref="WalletLocks"/>), and while it spends the account's trop payé of that service
/// (<c>CreditMovements</c>). It holds no money: each balance is the sum of its movements.
/// </summary>
public sealed class WalletLock
{
    public int FamilyId { get; set; }

    public required string UserId { get; set; }

    public int StructureId { get; set; }

    public int LockCount { get; set; }
}
