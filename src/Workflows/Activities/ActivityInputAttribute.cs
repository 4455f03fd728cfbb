namespace DossierFamille.Workflows.Activities;

/// <summary>Declares one input of an activity. <paramref name="kind"/> is a UI hint from <see cref="InputKinds"/>.</summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = true, Inherited = false)]
public sealed class ActivityInputAttribute(string name, string label, string kind) : Attribute
{
    public string Name { get; } = name;

    public string Label { get; } = label;

    public string Kind { get; } = kind;

    public bool Required { get; set; }

    public string? Description { get; set; }
}
