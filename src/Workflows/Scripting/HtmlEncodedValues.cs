using System.Text.Encodings.Web;
using System.Text.Json.Nodes;
using System.Text.Unicode;

namespace DossierFamille.Workflows.Scripting;

/// <summary>Deep copies of JSON values whose strings are HTML-encoded, for scripts that build HTML.</summary>
internal static class HtmlEncodedValues
{
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    public static string Encode(string text) => Encoder.Encode(text);

    public static JsonNode? Copy(JsonNode? node) => node switch
    {
        null => null,
        JsonObject o => new JsonObject(o.Select(p => KeyValuePair.Create(p.Key, Copy(p.Value)))),
        JsonArray a => new JsonArray([.. a.Select(Copy)]),
        JsonValue v when v.TryGetValue<string>(out var s) => JsonValue.Create(Encode(s)),
        _ => node.DeepClone(),
    };
}
