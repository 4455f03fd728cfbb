using System.Globalization;
using DossierFamille.Web.Features.Billing;
using DossierFamille.Web.Features.Invoicing;

namespace DossierFamille.Web.Features.Rgpd.Copy;

/// <summary>The account's invoices and credit notes (separated parents: its own only), listed, their lines in their PDFs.</summary>
internal sealed class InvoicesSection(InvoiceReader reader, InvoiceFiles files) : ICopySection
{
    public async Task WriteAsync(CopyContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var invoices = await reader.ListAsync(context.Scope, cancellationToken);
        foreach (var summary in invoices)
        {
            if (await files.OpenAsync(context.Scope, summary.Invoice.Id, cancellationToken) is { } pdf)
            {
                await using var content = pdf.Content;
                await context.Archive.AddFileAsync($"factures/{summary.Invoice.Number}.pdf", content.Content, cancellationToken);
            }
        }

        await context.Archive.AddJsonAsync("factures.json", invoices.Select(s => new
        {
            s.Invoice.Number, s.Invoice.IssueDate, s.Invoice.DueDate, s.Invoice.Total, LeftToPay = s.Due, State = s.StateLabel, s.Invoice.Reason,
        }), cancellationToken);
        await context.Archive.AddHtmlAsync("factures.html", new CopyHtml("Factures et avoirs")
            .Table(["Numéro", "Émise le", "Échéance", "Montant", "Reste à payer", "État"], invoices.Select(s => (IReadOnlyList<string?>)[
                s.Invoice.Number, s.Invoice.IssueDate.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture),
                s.Invoice.DueDate.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture), Money.Format(s.Invoice.Total), Money.Format(s.Due), s.StateLabel])), cancellationToken);
        context.Summarise("Factures et avoirs", $"{invoices.Count} facture(s) ou avoir(s), chacun en PDF dans le dossier « factures ».", ("factures.html", "Lire (factures.html)"), ("factures.json", "Données (factures.json)"));
    }
}
