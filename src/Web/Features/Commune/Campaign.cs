namespace DossierFamille.Web.Features.Commune;

/// <summary>The yearly registration campaign of a school year, e.g. 2026-2027.</summary>
public sealed class Campaign
{
    public int Id { get; set; }

    /// <summary>"2026-2027".</summary>
    public required string SchoolYear { get; set; }

    public DateOnly OpensOn { get; set; }

    public DateOnly ClosesOn { get; set; }

    public int ReminderIntervalDays { get; set; } = 7;

    public bool IsOpenOn(DateOnly day) => day >= OpensOn && day <= ClosesOn;
}
