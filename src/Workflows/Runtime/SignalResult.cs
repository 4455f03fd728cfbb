namespace DossierFamille.Workflows.Runtime;

/// <summary>What a signal did: bookmarks resumed, instances started, or queued for a bookmark to come.</summary>
public sealed record SignalResult(int Resumed, int Started, bool Queued);
