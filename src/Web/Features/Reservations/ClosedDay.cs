namespace DossierFamille.Web.Features.Reservations;

/// <summary>A day nothing runs (jour férié, for every activity) or one activity is closed (pont, sortie…).</summary>
public sealed class ClosedDay
{
    public int Id { get; set; }

    public DateOnly Day { get; set; }

    public required string Label { get; set; }

    /// <summary>Null: every activity of the commune.</summary>
    public int? ActivityId { get; set; }
}
