namespace DossierFamille.Web.Features.BillingHistory;

/// <summary>A payment of the account ("règlement", trop payé used included) or a credit note or trop payé given to it ("régularisation"), with what it paid.</summary>
public sealed record SettlementRow(DateTimeOffset At, bool IsCreditNote, string Mode, string Paid, decimal Amount)
{
    public string Nature => IsCreditNote ? "Régularisation" : "Règlement";
}
