using System.ComponentModel.DataAnnotations;

namespace DossierFamille.Web.Features.Announcements;

/// <summary>An announcement as staff write it: for the whole commune or one structure, shown from one day to another.</summary>
public sealed class AnnouncementInput
{
    [Required(ErrorMessage = "Indiquez le titre de l'actualité.")]
    [StringLength(200, ErrorMessage = "Le titre fait 200 caractères au plus.")]
    public string? Title { get; set; }

    [Required(ErrorMessage = "Écrivez le texte de l'actualité.")]
    [StringLength(4000, ErrorMessage = "Le texte fait 4000 caractères au plus.")]
    public string? Body { get; set; }

    /// <summary>Null: the whole commune.</summary>
    public int? StructureId { get; set; }

    [Required(ErrorMessage = "Indiquez le jour à partir duquel les familles verront l'actualité.")]
    public DateOnly? PublishOn { get; set; }

    /// <summary>The last day it is shown (included); null: until it is deleted.</summary>
    public DateOnly? EndOn { get; set; }
}
