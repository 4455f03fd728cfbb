namespace DossierFamille.Workflows.Definitions;

/// <summary>One validation problem; <paramref name="ActivityId"/> names the activity at fault when there is one.</summary>
public sealed record ValidationError(string? ActivityId, string Code, string Message);
