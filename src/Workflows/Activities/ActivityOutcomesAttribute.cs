namespace DossierFamille.Workflows.Activities;

/// <summary>The static outcome ports of an activity (default: "Done").</summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class ActivityOutcomesAttribute(params string[] outcomes) : Attribute
{
    public IReadOnlyList<string> Outcomes { get; } = outcomes;
}
