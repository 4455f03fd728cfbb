using System.ComponentModel.DataAnnotations;
using DossierFamille.Web.Data;
using DossierFamille.Web.Features.Billing;
using Microsoft.EntityFrameworkCore;

namespace DossierFamille.Web.Features.Invoicing.Gestion;

/// <summary>
/// The gestionnaire's credit note on an invoice: the ticked lines (their sum) or an amount, with a motif, issued by
/// <see cref="CreditNotes"/> (series A, audited, PDF stored); never more than what the invoice's credit notes left of it.
/// </summary>
internal sealed class CreditNoteDesk(AppDbContext db, CreditNotes notes)
{
    /// <summary>The credit note issued (or issued before under the same key), or the errors tied to their fields.</summary>
    public async Task<(Invoice? Note, IReadOnlyList<ValidationResult> Errors)> IssueAsync(long invoiceId, CreditNoteInput input, string actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        var errors = new List<ValidationResult>();
        Validator.TryValidateObject(input, new ValidationContext(input), errors, validateAllProperties: true);
        var invoice = await db.Invoices.AsNoTracking().Include(i => i.Lines).SingleOrDefaultAsync(i => i.Id == invoiceId && i.Kind == InvoiceKind.Facture, cancellationToken);
        if (invoice is null)
        {
            return (null, [new ValidationResult("Cette facture n'existe pas.", [])]);
        }

        decimal? amount = null;
        var lines = invoice.Lines.Where(l => input.Lines.Contains(l.Id)).ToList();
        if (input.Lines.Count > 0 && !string.IsNullOrWhiteSpace(input.Amount))
        {
            errors.Add(new ValidationResult("Cochez des lignes ou indiquez un montant, pas les deux.", [nameof(CreditNoteInput.Amount)]));
        }
        else if (input.Lines.Count > 0)
        {
            amount = lines.Count == input.Lines.Count ? lines.Sum(l => l.Amount) : null;
            if (amount is null)
            {
                errors.Add(new ValidationResult("Cochez des lignes de cette facture.", [nameof(CreditNoteInput.Lines)]));
            }
        }
        else if (string.IsNullOrWhiteSpace(input.Amount))
        {
            errors.Add(new ValidationResult("Cochez les lignes à rembourser ou indiquez un montant.", [nameof(CreditNoteInput.Amount)]));
        }
        else if (Money.Parse(input.Amount) is { } typed && typed > 0 && decimal.Round(typed, 2) == typed)
        {
            amount = typed;
        }
        else
        {
            errors.Add(new ValidationResult("Indiquez un montant positif en euros, au centime près, par exemple 12,50.", [nameof(CreditNoteInput.Amount)]));
        }

        if (input.Key == Guid.Empty)
        {
            errors.Add(new ValidationResult("Le formulaire a expiré : rechargez la page et saisissez l'avoir à nouveau.", []));
        }

        if (errors.Count > 0)
        {
            return (null, errors);
        }

        var reason = input.Reason!.Trim();
        if (lines.Count > 0)
        {
            reason = $"{reason} ({string.Join(", ", lines.Select(Describe))})";
        }

        try
        {
            return (await notes.IssueAsync(invoiceId, amount!.Value, reason.Length <= 500 ? reason : input.Reason!.Trim(), actor, input.Key, cancellationToken), []);
        }
        catch (ArgumentOutOfRangeException)
        {
            var credited = (await db.Invoices.AsNoTracking().Where(c => c.CreditedInvoiceId == invoiceId).Select(c => c.Total).ToListAsync(cancellationToken)).Sum();
            return (null, [new ValidationResult($"L'avoir dépasse ce que les avoirs ont laissé de la facture : {Money.Format(invoice.Total - credited)} au plus.", [input.Lines.Count > 0 ? nameof(CreditNoteInput.Lines) : nameof(CreditNoteInput.Amount)])]);
        }
    }

    /// <summary>"DUPONT Léa, RESTAURATION du 03/11/2026".</summary>
    public static string Describe(InvoiceLine line)
    {
        ArgumentNullException.ThrowIfNull(line);
        return $"{line.ChildName}, {line.Activity}{(line.Day is { } day ? $" du {InvoiceMails.Date(day)}" : "")}";
    }
}
