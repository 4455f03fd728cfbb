namespace DossierFamille.Storage.Intake;

/// <param name="BlobPrefix">
/// Optional blob prefix chosen by the host (for example the campaign, so that retention can purge
/// it as a whole): lowercase letters, digits, dashes and '/'.
/// </param>
public sealed record IntakeRequest(PieceLimits Limits, IReadOnlyList<IncomingFile> Files, string? BlobPrefix = null);
