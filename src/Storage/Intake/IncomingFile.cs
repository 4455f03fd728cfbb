namespace DossierFamille.Storage.Intake;

/// <param name="Content">The uploaded bytes, read once, forward only; the caller disposes it.</param>
/// <param name="FileName">The client's file name: used for display only, after sanitising.</param>
/// <param name="DeclaredContentType">What the browser claimed; logged, never trusted.</param>
public sealed record IncomingFile(Stream Content, string? FileName, string? DeclaredContentType = null);
