namespace DossierFamille.Workflows.Runtime;

public sealed record WorkflowStartResult(Guid InstanceId, WorkflowStatus Status);
