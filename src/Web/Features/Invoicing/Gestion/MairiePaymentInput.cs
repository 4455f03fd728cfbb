using System.ComponentModel.DataAnnotations;

namespace DossierFamille.Web.Features.Invoicing.Gestion;

/// <summary>A payment made at the mairie as the gestionnaire types it.</summary>
public sealed class MairiePaymentInput
{
    /// <summary>"12,50".</summary>
    [Required(ErrorMessage = "Indiquez le montant payé, par exemple 12,50.")]
    public string? Amount { get; set; }

    [Required(ErrorMessage = "Indiquez la date du règlement.")]
    public DateOnly? PaidOn { get; set; }

    [Required(ErrorMessage = "Choisissez le mode de règlement.")]
    public InvoicePaymentMode? Mode { get; set; }

    /// <summary>The cheque's number (required for a cheque), a transfer's or CESU's reference.</summary>
    [StringLength(100, ErrorMessage = "La référence fait 100 caractères au plus.")]
    public string? Reference { get; set; }

    /// <summary>Set when the form is shown: the same form posted twice records one payment.</summary>
    public Guid Key { get; set; }
}
