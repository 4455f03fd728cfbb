using System.ComponentModel.DataAnnotations;

namespace DossierFamille.Web.Components.Shared;

/// <summary>
/// The errors of a form that came back, by field name, so that each one is shown under its field and tied to it
/// (aria-describedby, aria-invalid) besides the summary at the top of the page.
/// </summary>
public sealed class FieldErrors
{
    private readonly Dictionary<string, string> _messages = new(StringComparer.Ordinal);

    public static FieldErrors None { get; } = new([]);

    public FieldErrors(IEnumerable<ValidationResult> results)
    {
        foreach (var result in results)
        {
            foreach (var member in result.MemberNames)
            {
                _messages.TryAdd(member, result.ErrorMessage ?? "Valeur invalide.");
            }
        }
    }

    public string? Message(string field) => _messages.GetValueOrDefault(field);

    public static string ErrorId(string field) => $"{field}-erreur";

    /// <summary>The attributes of the field's input: aria-required, and when in error aria-invalid and aria-describedby.</summary>
    public IReadOnlyDictionary<string, object> Attributes(string field, bool required)
    {
        var attributes = new Dictionary<string, object>(StringComparer.Ordinal);
        if (required)
        {
            attributes["aria-required"] = "true";
        }

        if (_messages.ContainsKey(field))
        {
            attributes["aria-invalid"] = "true";
            attributes["aria-describedby"] = ErrorId(field);
        }

        return attributes;
    }
}
