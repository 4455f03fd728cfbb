using System.Text.Json.Nodes;

namespace DossierFamille.Workflows.Definitions;

/// <summary>Code-first definitions: <c>new WorkflowBuilder("revue-fiche", "Revue de fiche").Add("start", "Start")...Build()</c>.</summary>
public sealed class WorkflowBuilder(string definitionId, string name)
{
    private readonly List<ActivityModel> activities = [];
    private readonly List<ConnectionModel> connections = [];
    private readonly List<VariableModel> variables = [];
    private string? description;

    public WorkflowBuilder Describe(string text)
    {
        description = text;
        return this;
    }

    public WorkflowBuilder Variable(string variableName, JsonNode? value = null, string? type = null)
    {
        variables.Add(new VariableModel { Name = variableName, Type = type, Value = value });
        return this;
    }

    public WorkflowBuilder Add(string id, string type, Action<ActivityBuilder>? configure = null)
    {
        var activity = new ActivityModel { Id = id, Type = type };
        configure?.Invoke(new ActivityBuilder(activity));
        activity.Metadata ??= Position(activities.Count);
        activities.Add(activity);
        return this;
    }

    public WorkflowBuilder Connect(string source, string target, string port = "Done")
    {
        connections.Add(new ConnectionModel
        {
            Source = new ConnectionEndpointModel { Activity = source, Port = port },
            Target = new ConnectionEndpointModel { Activity = target, Port = "In" },
        });
        return this;
    }

    /// <summary>Adds the activities in order, connected through their "Done" port.</summary>
    public WorkflowBuilder Sequence(params string[] ids)
    {
        for (var i = 1; i < ids.Length; i++)
        {
            Connect(ids[i - 1], ids[i]);
        }

        return this;
    }

    public WorkflowDefinitionModel Build()
    {
        var root = new FlowchartModel();
        foreach (var activity in activities)
        {
            root.Activities.Add(activity);
        }

        foreach (var connection in connections)
        {
            root.Connections.Add(connection);
        }

        var model = new WorkflowDefinitionModel { DefinitionId = definitionId, Name = name, Description = description, Root = root };
        foreach (var variable in variables)
        {
            model.Variables.Add(variable);
        }

        return model;
    }

    private static JsonObject Position(int index) => new()
    {
        ["designer"] = new JsonObject { ["position"] = new JsonObject { ["x"] = 240 * (index % 5), ["y"] = 160 * (index / 5) } },
    };
}
