namespace DossierFamille.Workflows.Activities;

public sealed record InputDescriptor(string Name, string Label, string Kind, bool Required, string? Description);
