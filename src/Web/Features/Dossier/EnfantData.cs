using System.ComponentModel.DataAnnotations;
using DossierFamille.Web.Features.Families;
using DossierFamille.Web.Features.Settings;

namespace DossierFamille.Web.Features.Dossier;

/// <summary>The content of a child's fiche: assurance, autorisations and fiche sanitaire.</summary>
public sealed class EnfantData : IValidatableObject
{
    [Display(Name = "Compagnie d'assurance")]
    [Required(ErrorMessage = "Indiquez la compagnie d'assurance de l'enfant.")]
    [MaxLength(100)]
    public string? InsuranceCompany { get; set; }

    [Display(Name = "Autre compagnie : nom")]
    [MaxLength(100)]
    public string? OtherInsurer { get; set; }

    [Display(Name = "Autre compagnie : adresse")]
    [MaxLength(300)]
    public string? OtherInsurerAddress { get; set; }

    [Display(Name = "Autre compagnie : téléphone")]
    [RegularExpression(PhoneNumber.Pattern, ErrorMessage = "Le numéro de téléphone de la compagnie n'est pas valide.")]
    public string? OtherInsurerPhone { get; set; }

    [Display(Name = "Numéro de contrat")]
    [Required(ErrorMessage = "Indiquez le numéro de contrat d'assurance.")]
    [MaxLength(50)]
    public string? InsuranceContract { get; set; }

    [Display(Name = "Date d'expiration de l'assurance")]
    [Required(ErrorMessage = "Indiquez la date d'expiration de l'assurance.")]
    public DateOnly? InsuranceExpiresOn { get; set; }

    [Display(Name = "Droit à l'image et publication")]
    public bool ImageRights { get; set; }

    [Display(Name = "Autorisation d'intervention médicale d'urgence")]
    public bool MedicalEmergency { get; set; }

    /// <summary>Not vaccinated for a medical reason: a certificat de contre-indication replaces the carnet.</summary>
    /// <summary>The commune's own authorisations the parent granted, by their wording at the time (never null: a form without any binds null).</summary>
    [Display(Name = "Autres autorisations accordées")]
    public List<string> Authorisations { get; set => field = value ?? []; } = [];

    [Display(Name = "Contre-indication à la vaccination")]
    public bool VaccinationContraindicated { get; set; }

    [Display(Name = "Vaccins et dates")]
    [MaxLength(1000)]
    public string? Vaccines { get; set; }

    [Display(Name = "Régime alimentaire")]
    [MaxLength(300)]
    public string? Diet { get; set; }

    [Display(Name = "Allergies")]
    [MaxLength(500)]
    public string? Allergies { get; set; }

    [Display(Name = "Médecin traitant")]
    [MaxLength(200)]
    public string? Doctor { get; set; }

    [Display(Name = "Traitement médical")]
    public bool Treatment { get; set; }

    [Display(Name = "PAI (projet d'accueil individualisé)")]
    public bool Pai { get; set; }

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (InsuranceCompany != InsuranceCompanies.Other)
        {
            yield break;
        }

        if (string.IsNullOrWhiteSpace(OtherInsurer) || string.IsNullOrWhiteSpace(OtherInsurerAddress) || string.IsNullOrWhiteSpace(OtherInsurerPhone))
        {
            yield return new ValidationResult("Pour une autre compagnie d'assurance, indiquez son nom, son adresse et son téléphone.", [nameof(OtherInsurer)]);
        }
    }
}
