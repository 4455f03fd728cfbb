namespace DossierFamille.Web.Features.Reservations;

/// <summary>When the nightly run and the next-morning reports happen, in the commune's time zone (one row, set by an admin).</summary>
public sealed class BookingProcessingSettings
{
    public const int SingletonId = 1;

    public int Id { get; set; } = SingletonId;

    public TimeOnly NightlyRunAt { get; set; } = new(1, 0);

    public TimeOnly ReportAt { get; set; } = new(7, 0);
}
