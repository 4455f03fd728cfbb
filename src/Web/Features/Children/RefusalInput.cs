using System.ComponentModel.DataAnnotations;

namespace DossierFamille.Web.Features.Children;

/// <summary>The gestionnaire's refusal of a request: its motif, emailed to the parent.</summary>
public sealed class RefusalInput
{
    [Required(ErrorMessage = "Indiquez le motif du refus : il est envoyé à la famille.")]
    [MaxLength(1000, ErrorMessage = "Le motif fait au plus 1000 caractères.")]
    public string? Motif { get; set; }
}
