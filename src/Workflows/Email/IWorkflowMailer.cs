namespace DossierFamille.Workflows.Email;

/// <summary>
/// Implemented by the host: add an outbox row to the same scoped DbContext, so the email is
/// committed (or not) with the workflow step that asked for it. Never send directly.
/// </summary>
public interface IWorkflowMailer
{
    void Enqueue(WorkflowEmail email);
}
