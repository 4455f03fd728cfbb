namespace DossierFamille.Workflows.Definitions;

public sealed class FlowchartModel
{
    public string Type { get; set; } = "Flowchart";

    public IList<ActivityModel> Activities { get; init; } = [];

    public IList<ConnectionModel> Connections { get; init; } = [];
}
