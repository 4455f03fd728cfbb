using System.Text.Json.Nodes;

namespace DossierFamille.Workflows.Definitions.Elsa;

/// <summary>
/// Connections in both Elsa 3 shapes: 3.0's flat <c>{"source": "a", "sourcePort": "Done", "target": "b", "targetPort": "In"}</c>
/// and 3.x's nested <c>{"source": {"activity": "a", "port": "Done"}, "target": {"activity": "b", "port": "In"}}</c>.
/// </summary>
internal static class ElsaConnections
{
    public static List<ConnectionModel> Convert(JsonArray? connections, IReadOnlySet<string> imported, List<ElsaImportIssue> issues)
    {
        var result = new List<ConnectionModel>();
        foreach (var connection in connections?.OfType<JsonObject>() ?? [])
        {
            var (source, sourcePort) = End(connection, "source");
            var (target, targetPort) = End(connection, "target");
            var missing = new[] { source, target }.FirstOrDefault(id => !imported.Contains(id));
            if (missing is not null)
            {
                issues.Add(new ElsaImportIssue(null, $"{source} → {target}", $"Liaison « {source} » ({sourcePort}) → « {target} » non importée : l'activité « {missing} » n'est pas importée."));
                continue;
            }

            result.Add(new ConnectionModel
            {
                Source = new ConnectionEndpointModel { Activity = source, Port = sourcePort },
                Target = new ConnectionEndpointModel { Activity = target, Port = targetPort },
            });
        }

        return result;
    }

    private static (string Activity, string Port) End(JsonObject connection, string side)
    {
        var defaultPort = side == "source" ? "Done" : "In";
        return connection[side] is JsonObject nested
            ? (nested["activity"]?.GetValue<string>() ?? "", nested["port"]?.GetValue<string>() ?? defaultPort)
            : (connection[side]?.GetValue<string>() ?? "", connection[side + "Port"]?.GetValue<string>() ?? defaultPort);
    }
}
