namespace DossierFamille.Storage.Intake;

/// <summary>A refused file: nothing was stored. <see cref="Message"/> is French, for the parent.</summary>
public sealed record RefusedDocument(string DisplayName, RefusalReason Reason, string Message) : IntakeResult(DisplayName);
