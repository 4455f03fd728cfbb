using System.ComponentModel.DataAnnotations;

namespace DossierFamille.Web.Features.Reservations.Admin;

internal static class AdminValidation
{
    /// <summary>The errors of the input's attributes ([Required] also refuses blank text), each tied to its field.</summary>
    public static List<ValidationResult> Attributes(object input)
    {
        var results = new List<ValidationResult>();
        Validator.TryValidateObject(input, new ValidationContext(input), results, validateAllProperties: true);
        return results;
    }
}
