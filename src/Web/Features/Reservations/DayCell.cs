namespace DossierFamille.Web.Features.Reservations;

/// <summary>One activity on one day for one child, as the account sees it, with what it may change.</summary>
public sealed record DayCell(BookableActivity Activity, DateOnly Day, CellState State, string? Reason, bool CanBook, bool CanCancel)
{
    /// <summary>Booked once the cart is validated (whoever booked it).</summary>
    public bool IsBooked => State is CellState.NonTransmise or CellState.Booked or CellState.BookedLocked or CellState.WaitingList
        or CellState.InCartToBook or CellState.OtherParent or CellState.AwaitingPayment;

    public bool InCart => State is CellState.InCartToBook or CellState.InCartToCancel;

    /// <summary>The day's price for this account (billing's tariff, rounded to the cent); null when no tariff applies.</summary>
    public decimal? Price { get; init; }

    /// <summary>A quick toggle or a tick may change it.</summary>
    public bool CanChange => InCart || CanBook || CanCancel;
}
