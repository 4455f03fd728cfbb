namespace DossierFamille.Web.Features.Billing;

/// <summary>The commune's billing settings (a single row, id 1).</summary>
public sealed class BillingSettings
{
    public const int SingletonId = 1;

    public int Id { get; set; } = SingletonId;

    /// <summary>The commune's postal codes ("06600 ; 06160"): a family whose fiche famille gives another one pays the "hors commune" prices.</summary>
    public string? CommunePostalCodes { get; set; }

    /// <summary>A booking of an activity paid by porte-monnaie is refused at validation when the wallet cannot pay it.</summary>
    public bool RefuseBeyondWalletBalance { get; set; }
}
