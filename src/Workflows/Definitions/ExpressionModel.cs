using System.Text.Json.Nodes;

namespace DossierFamille.Workflows.Definitions;

/// <summary>An input value: <c>Literal</c> (any JSON value) or <c>JavaScript</c> (a string evaluated by Jint).</summary>
public sealed class ExpressionModel
{
    public const string Literal = "Literal";
    public const string JavaScript = "JavaScript";

    public string Type { get; set; } = Literal;

    public JsonNode? Value { get; set; }

    public static ExpressionModel FromLiteral(JsonNode? value) => new() { Type = Literal, Value = value };

    public static ExpressionModel FromScript(string script) => new() { Type = JavaScript, Value = JsonValue.Create(script) };

    internal string? LiteralText => Value is JsonValue v && v.TryGetValue<string>(out var s) ? s : Value?.ToJsonString();
}
