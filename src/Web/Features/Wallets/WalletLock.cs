namespace DossierFamille.Web.Features.Wallets;

/// <summary>
/// The row a validation updates to lock one account's wallet of one service while it checks and records what the
/// bookings will cost (<see cref="WalletLocks"/>). It holds no money: the balance is the sum of the movements.
/// </summary>
public sealed class WalletLock
{
    public int FamilyId { get; set; }

    public required string UserId { get; set; }

    public int StructureId { get; set; }

    public int LockCount { get; set; }
}
