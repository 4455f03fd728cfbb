namespace DossierFamille.Workflows.Http;

/// <summary>The instance a start created, and its state once its first step ran (Running, Suspended, Finished or Faulted).</summary>
public sealed record StartedInstance(Guid InstanceId, string Status);
