namespace DossierFamille.Workflows.Runtime;

public enum TaskCompletionResult
{
    Completed,
    AlreadyCompleted,
    NotFound,
    InvalidOutcome,

    /// <summary>The task is for another role or another person.</summary>
    Forbidden,

    /// <summary>A colleague claimed the task; only they may complete it.</summary>
    ClaimedByOther,
}
