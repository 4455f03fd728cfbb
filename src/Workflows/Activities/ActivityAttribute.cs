namespace DossierFamille.Workflows.Activities;

/// <summary>Names an activity type for definitions and the designer.</summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class ActivityAttribute(string type, string displayName, string category) : Attribute
{
    public string Type { get; } = type;

    public string DisplayName { get; } = displayName;

    public string Category { get; } = category;

    public string? Description { get; set; }

    /// <summary>True when the activity can start a workflow (indexed as a trigger at publish).</summary>
    public bool IsTrigger { get; set; }
}
