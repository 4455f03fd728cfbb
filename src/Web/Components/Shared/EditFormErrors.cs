using System.Linq.Expressions;
using Microsoft.AspNetCore.Components.Forms;

namespace DossierFamille.Web.Components.Shared;

/// <summary>Ties the built-in validation of an EditForm to its fields, as <see cref="FieldErrors"/> does for posted forms.</summary>
public static class EditFormErrors
{
    /// <summary>The field's messages as one sentence, or null when it is valid.</summary>
    public static string? MessagesOf<TValue>(this EditContext form, Expression<Func<TValue>> field)
    {
        ArgumentNullException.ThrowIfNull(form);
        var messages = form.GetValidationMessages(FieldIdentifier.Create(field)).ToList();
        return messages.Count == 0 ? null : string.Join(" ", messages);
    }

    /// <summary>
    /// The input's aria-describedby: its error's id (see <c>ValidationFor</c>) when the field is in error, after the ids it
    /// is always described by (a hint); null when there is nothing to point to.
    /// </summary>
    public static string? DescribedBy<TValue>(this EditContext form, Expression<Func<TValue>> field, string inputId, string? hintId = null)
    {
        var ids = string.Join(' ', new[] { hintId, form.MessagesOf(field) is null ? null : FieldErrors.ErrorId(inputId) }.OfType<string>());
        return ids.Length == 0 ? null : ids;
    }
}
