using System.ComponentModel.DataAnnotations;

namespace DossierFamille.Web.Features.Reservations.Admin;

/// <summary>A day's own capacity for an activity (an outing, fewer staff…); empty: the activity's capacity again.</summary>
public sealed class DayCapacityInput
{
    [Required(ErrorMessage = "Indiquez le jour.")]
    public DateOnly? Day { get; set; }

    [Range(0, ActivityInput.MaxCapacity, ErrorMessage = "La capacité d'un jour va de 0 à 10 000 enfants (vide : la capacité habituelle).")]
    public int? Capacity { get; set; }

    public IReadOnlyList<ValidationResult> Validate() => AdminValidation.Attributes(this);
}
