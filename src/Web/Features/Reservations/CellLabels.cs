namespace DossierFamille.Web.Features.Reservations;

/// <summary>The legend: a short text and an icon beside each colour, and the name screen readers announce.</summary>
internal static class CellLabels
{
    public static string Label(CellState state) => state switch
    {
        CellState.Closed => "Fermé",
        CellState.Unavailable => "Non réservable",
        CellState.Free => "Disponible",
        CellState.NonTransmise => "Non transmise",
        CellState.Booked => "Réservé, annulable",
        CellState.BookedLocked => "Réservé, non annulable",
        CellState.WaitingList => "Liste d'attente",
        CellState.CancelPending => "Annulation non transmise",
        CellState.InCartToBook => "À réserver (panier)",
        CellState.InCartToCancel => "À annuler (panier)",
        CellState.AwaitingPayment => "En attente de paiement",
        _ => "Réservé par l'autre responsable",
    };

    public static string Icon(CellState state) => state switch
    {
        CellState.Closed => "–",
        CellState.Unavailable => "✕",
        CellState.Free => "○",
        CellState.NonTransmise => "⧗",
        CellState.Booked => "✓",
        CellState.BookedLocked => "🔒",
        CellState.WaitingList => "…",
        CellState.CancelPending => "↺",
        CellState.InCartToBook => "+",
        CellState.InCartToCancel => "−",
        CellState.AwaitingPayment => "⌛",
        _ => "⚑",
    };

    public static string CssClass(CellState state) => "cell-" + state.ToString().ToLowerInvariant();

    public static IReadOnlyList<CellState> Legend { get; } = Enum.GetValues<CellState>();
}
