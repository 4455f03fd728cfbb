using DossierFamille.Workflows.Activities;

namespace DossierFamille.Workflows.Definitions;

internal sealed record CompiledActivity(ActivityModel Model, ActivityType Type);
