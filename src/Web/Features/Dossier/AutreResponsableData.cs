using System.ComponentModel.DataAnnotations;
using DossierFamille.Web.Features.Families;

namespace DossierFamille.Web.Features.Dossier;

/// <summary>
/// The content of a fiche "autre responsable": someone responsible for some of the children
/// without an account of their own (a grand-parent, a step-parent…), and their link with each child.
/// </summary>
public sealed class AutreResponsableData : IValidatableObject
{
    [Display(Name = "Prénom")]
    [Required(ErrorMessage = "Indiquez le prénom de ce responsable.")]
    [MaxLength(100)]
    public string? FirstName { get; set; }

    [Display(Name = "Nom")]
    [Required(ErrorMessage = "Indiquez le nom de ce responsable.")]
    [MaxLength(100)]
    public string? LastName { get; set; }

    [Display(Name = "Adresse")]
    [Required(ErrorMessage = "Indiquez l'adresse de ce responsable.")]
    [MaxLength(300)]
    public string? Address { get; set; }

    [Display(Name = "Téléphone portable")]
    [Required(ErrorMessage = "Indiquez un numéro de téléphone.")]
    [RegularExpression(PhoneNumber.Pattern, ErrorMessage = "Le numéro de téléphone n'est pas valide.")]
    public string? MobilePhone { get; set; }

    [Display(Name = "Téléphone fixe")]
    [RegularExpression(PhoneNumber.Pattern, ErrorMessage = "Le numéro de téléphone fixe n'est pas valide.")]
    public string? HomePhone { get; set; }

    [Display(Name = "Email")]
    [EmailAddress(ErrorMessage = "L'adresse email n'est pas valide.")]
    public string? Email { get; set; }

    /// <summary>One entry per child of the family; an empty relationship means no link with that child (never null: a form without any binds null).</summary>
    [Display(Name = "Lien avec les enfants")]
    public List<ChildLink> Links { get; set => field = value ?? []; } = [];

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!Links.Any(l => !string.IsNullOrWhiteSpace(l.Relationship)))
        {
            yield return new ValidationResult("Indiquez le lien de ce responsable avec au moins un enfant.", [nameof(Links)]);
        }
    }
}
