namespace DossierFamille.Web.Features.Reservations;

/// <summary>A cart line as the cart and the recap show it, with the day's price for a reservation (null: no tariff).</summary>
public sealed record CartRow(long Id, int ChildId, string Child, int ActivityId, string Activity, DateOnly Day, BookingRequestKind Kind)
{
    public decimal? Price { get; init; }

    /// <summary>How the activity is paid (billing's choice): at once by card, from the wallet, or on the monthly invoice.</summary>
    public Billing.PaymentMode Mode { get; init; }

    /// <summary>The activity's service (structure), whose trop payé may pay it.</summary>
    public int StructureId { get; init; }

    public string Service { get; init; } = string.Empty;
}
