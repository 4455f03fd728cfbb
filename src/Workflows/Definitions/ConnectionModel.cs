namespace DossierFamille.Workflows.Definitions;

public sealed class ConnectionModel
{
    public ConnectionEndpointModel Source { get; set; } = new();

    public ConnectionEndpointModel Target { get; set; } = new();
}
