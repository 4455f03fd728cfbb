namespace DossierFamille.Web.Features.BillingState;

/// <summary>The État facturation of a family: per paying account (separated parents each have theirs), then the family's total.</summary>
public sealed record FamilyBillingState(bool ParentsSeparated, IReadOnlyList<AccountBillingState> Accounts)
{
    public decimal Balance => Accounts.Sum(a => a.Balance);
}
