using DossierFamille.Workflows.Persistence;

namespace DossierFamille.Web.Features.Designer;

public sealed record InstanceRow(WfInstance Instance, string DefinitionName, WorkflowSubject? Subject);
