using System.ComponentModel.DataAnnotations;

namespace DossierFamille.Web.Features.Reservations.Admin;

public sealed class HelpTextInput
{
    [Required(ErrorMessage = "Indiquez le texte de la page d'aide.")]
    [StringLength(BookingHelpText.MaxLength, ErrorMessage = "Le texte de la page d'aide fait 8 000 caractères au plus.")]
    public string? Body { get; set; }

    public IReadOnlyList<ValidationResult> Validate() => AdminValidation.Attributes(this);
}
