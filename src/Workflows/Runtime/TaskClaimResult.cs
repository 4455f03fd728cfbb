namespace DossierFamille.Workflows.Runtime;

public enum TaskClaimResult
{
    /// <summary>Claimed now, or already claimed by the same person (a second click).</summary>
    Claimed,
    NotFound,
    AlreadyCompleted,

    /// <summary>The task is for another role or another person.</summary>
    Forbidden,

    /// <summary>A colleague claimed it first.</summary>
    ClaimedByOther,
}
