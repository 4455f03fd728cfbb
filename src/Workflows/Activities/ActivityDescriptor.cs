namespace DossierFamille.Workflows.Activities;

/// <summary>What the designer needs to show an activity type (GET /descriptors).</summary>
public sealed record ActivityDescriptor(
    string Type,
    string DisplayName,
    string Category,
    string? Description,
    bool IsTrigger,
    IReadOnlyList<InputDescriptor> Inputs,
    IReadOnlyList<string> Outcomes);
