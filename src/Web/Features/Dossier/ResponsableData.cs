using System.ComponentModel.DataAnnotations;
using DossierFamille.Web.Features.Families;

namespace DossierFamille.Web.Features.Dossier;

/// <summary>The content of a fiche famille (one responsable), as the communes' manuals list it.</summary>
public sealed class ResponsableData
{
    [Display(Name = "Date de naissance")]
    [Required(ErrorMessage = "Indiquez votre date de naissance.")]
    public DateOnly? BirthDate { get; set; }

    [Display(Name = "Adresse")]
    [Required(ErrorMessage = "Indiquez votre adresse.")]
    [MaxLength(300)]
    public string? Address { get; set; }

    [Display(Name = "Téléphone portable")]
    [Required(ErrorMessage = "Indiquez un numéro de téléphone.")]
    [RegularExpression(PhoneNumber.Pattern, ErrorMessage = "Le numéro de téléphone n'est pas valide.")]
    public string? MobilePhone { get; set; }

    [Display(Name = "Téléphone professionnel")]
    [RegularExpression(PhoneNumber.Pattern, ErrorMessage = "Le numéro de téléphone professionnel n'est pas valide.")]
    public string? WorkPhone { get; set; }

    [Display(Name = "Email")]
    [Required(ErrorMessage = "Indiquez une adresse email.")]
    [EmailAddress(ErrorMessage = "L'adresse email n'est pas valide.")]
    public string? Email { get; set; }

    [Display(Name = "Situation familiale")]
    [Required(ErrorMessage = "Indiquez votre situation familiale.")]
    public string? FamilySituation { get; set; }

    [Display(Name = "Régime allocataire")]
    [Required(ErrorMessage = "Indiquez votre régime allocataire (CAF, MSA ou autre).")]
    public string? Regime { get; set; }

    [Display(Name = "Numéro d'allocataire")]
    [MaxLength(20)]
    public string? AllocataireNumber { get; set; }

    [Display(Name = "Quotient familial")]
    [Range(0, 10000, ErrorMessage = "Le quotient familial doit être compris entre 0 et 10000.")]
    public int? QuotientFamilial { get; set; }

    [Display(Name = "Profession")]
    [MaxLength(100)]
    public string? Profession { get; set; }

    [Display(Name = "Employeur")]
    [MaxLength(150)]
    public string? Employer { get; set; }

    public static readonly string[] Regimes = ["CAF", "MSA", "Autre"];

    public static readonly string[] Situations = ["Marié(e) / pacsé(e)", "Vie maritale", "Célibataire", "Séparé(e)", "Divorcé(e)", "Veuf / veuve"];
}
