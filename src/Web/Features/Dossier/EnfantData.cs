using System.ComponentModel.DataAnnotations;

namespace DossierFamille.Web.Features.Dossier;

/// <summary>The content of a child's fiche: assurance, autorisations and fiche sanitaire.</summary>
public sealed class EnfantData
{
    [Display(Name = "Compagnie d'assurance")]
    [Required(ErrorMessage = "Indiquez la compagnie d'assurance de l'enfant.")]
    [MaxLength(100)]
    public string? InsuranceCompany { get; set; }

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

    public static readonly string[] InsuranceCompanies = ["MAIF", "MACIF", "MAE", "AXA", "Groupama", "Crédit Agricole Assurances", "Autre"];
}
