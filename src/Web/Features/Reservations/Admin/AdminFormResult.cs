using System.ComponentModel.DataAnnotations;

namespace DossierFamille.Web.Features.Reservations.Admin;

/// <summary>The outcome of an admin form: the saved row's id, or the French errors tied to their fields.</summary>
public sealed record AdminFormResult(int? Id, IReadOnlyList<ValidationResult> Errors)
{
    public bool Succeeded => Errors.Count == 0;

    public static AdminFormResult Refused(IReadOnlyList<ValidationResult> errors) => new(null, errors);

    public static AdminFormResult Refused(string message, string field) => new(null, [new ValidationResult(message, [field])]);
}
