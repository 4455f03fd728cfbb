namespace DossierFamille.Workflows.Definitions;

public sealed class ConnectionEndpointModel
{
    public string Activity { get; set; } = "";

    /// <summary>The outcome port on a source; "In" (or empty) on a target.</summary>
    public string Port { get; set; } = "";
}
