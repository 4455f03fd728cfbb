namespace DossierFamille.Workflows.Runtime;

public enum TaskCompletionResult
{
    Completed,
    AlreadyCompleted,
    NotFound,
    InvalidOutcome,
}
