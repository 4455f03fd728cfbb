using System.ComponentModel.DataAnnotations;

namespace DossierFamille.Web.Features.Reservations.Admin;

/// <summary>A day to close: for every activity (jour férié) or one (pont, sortie, grève…).</summary>
public sealed class ClosedDayInput
{
    [Required(ErrorMessage = "Indiquez le jour fermé.")]
    public DateOnly? Day { get; set; }

    [Required(ErrorMessage = "Indiquez le motif que les familles liront (par exemple Pont de l'Ascension).")]
    [StringLength(200, ErrorMessage = "Le motif fait 200 caractères au plus.")]
    public string? Label { get; set; }

    /// <summary>Null: every activity of the commune.</summary>
    public int? ActivityId { get; set; }

    public IReadOnlyList<ValidationResult> Validate() => AdminValidation.Attributes(this);
}
