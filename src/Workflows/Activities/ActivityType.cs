namespace DossierFamille.Workflows.Activities;

/// <summary>A registered activity CLR type with its descriptor; built-in activities are shared instances.</summary>
internal sealed record ActivityType(Type ClrType, ActivityDescriptor Descriptor, WorkflowActivity? Shared)
{
    public IReadOnlyList<string> Outcomes(Definitions.ActivityModel activity) =>
        Shared?.GetOutcomes(activity, Descriptor) ?? Descriptor.Outcomes;
}
