namespace DossierFamille.Web.Features.Credits;

/// <summary>What an account's trop payé holds for one service (<see cref="StructureId"/>, named <see cref="Service"/>).</summary>
public sealed record CreditBalance(string UserId, int StructureId, string Service, decimal Balance);
