using System.Text.Json.Nodes;

namespace DossierFamille.Workflows.Definitions;

public sealed class ActivityModel
{
    public string Id { get; set; } = "";

    public string Type { get; set; } = "";

    public IDictionary<string, ExpressionModel> Inputs { get; init; } = new Dictionary<string, ExpressionModel>(StringComparer.Ordinal);

    /// <summary>Free metadata; the designer stores <c>designer.position.x/y</c> here.</summary>
    public JsonObject? Metadata { get; set; }
}
