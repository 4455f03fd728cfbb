namespace DossierFamille.Workflows.Definitions.Elsa;

/// <summary>
/// How one Elsa activity type becomes one of ours: its inputs by Elsa name (camelCase, as exported),
/// its outputs bound to a variable, and the inputs known to have no equivalent, with the reason.
/// </summary>
internal sealed record ElsaActivityMapping(
    string Type,
    IReadOnlyDictionary<string, string> Inputs,
    IReadOnlyDictionary<string, string>? Outputs = null,
    IReadOnlyDictionary<string, string>? Unsupported = null,
    string? Note = null);
