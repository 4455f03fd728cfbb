namespace DossierFamille.Web.Features.Wallets;

/// <summary>One account's porte-monnaie for one service (structure).</summary>
public sealed record WalletKey(int FamilyId, string UserId, int StructureId);
