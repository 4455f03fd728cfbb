namespace DossierFamille.Workflows.Runtime;

/// <summary>Something to do inside a step's transaction.</summary>
internal abstract record WorkItem;
