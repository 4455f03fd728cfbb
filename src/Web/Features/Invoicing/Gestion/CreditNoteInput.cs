using System.ComponentModel.DataAnnotations;

namespace DossierFamille.Web.Features.Invoicing.Gestion;

/// <summary>A credit note as the gestionnaire asks for it: some of the invoice's lines, or an amount, and why.</summary>
public sealed class CreditNoteInput
{
    /// <summary>The invoice lines given back (their amounts are summed); or else <see cref="Amount"/>.</summary>
    public List<long> Lines { get; set; } = [];

    /// <summary>"12,50", when no line is ticked.</summary>
    public string? Amount { get; set; }

    [Required(ErrorMessage = "Indiquez le motif de l'avoir : la famille le lit sur l'avoir.")]
    [StringLength(300, ErrorMessage = "Le motif fait 300 caractères au plus.")]
    public string? Reason { get; set; }

    /// <summary>Set when the form is shown: the same form posted twice issues one credit note.</summary>
    public Guid Key { get; set; }
}
