namespace DossierFamille.Workflows.Scripting;

/// <summary>A script stopped by one of the sandbox's limits; the message (French) becomes the incident's.</summary>
public sealed class ScriptLimitException(string message, Exception? innerException = null) : InvalidOperationException(message, innerException);
