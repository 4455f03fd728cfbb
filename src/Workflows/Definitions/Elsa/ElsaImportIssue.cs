namespace DossierFamille.Workflows.Definitions.Elsa;

/// <summary>Something of an Elsa export that is not imported, and why, in French.</summary>
/// <param name="Activity">The Elsa activity's id (null for the workflow itself or a connection).</param>
/// <param name="Input">The input, output or connection concerned; null for a whole activity.</param>
/// <param name="Message">"Activité « Envoi1 » (Elsa.SendEmail) : entrée « cc » non importée : …".</param>
public sealed record ElsaImportIssue(string? Activity, string? Input, string Message);
