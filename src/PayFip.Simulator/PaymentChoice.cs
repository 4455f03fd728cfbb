namespace DossierFamille.PayFip.Simulator;

/// <summary>The buttons of the payment page: the result each records, and whether the portal is notified.</summary>
internal static class PaymentChoice
{
    public static (char ResultCode, bool Notify)? Parse(string? choice) => choice switch
    {
        "payer" => ('P', true),
        "refuser" => ('R', true),
        "abandonner" => ('A', true),
        "payer-sans-notifier" => ('P', false),
        _ => null,
    };
}
