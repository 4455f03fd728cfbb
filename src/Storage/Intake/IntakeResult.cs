namespace DossierFamille.Storage.Intake;

/// <summary>The verdict on one uploaded file: <see cref="AcceptedDocument"/> or <see cref="RefusedDocument"/>.</summary>
/// <param name="DisplayName">The sanitised client file name, for display only.</param>
public abstract record IntakeResult(string DisplayName);
