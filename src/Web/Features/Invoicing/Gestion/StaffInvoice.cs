namespace DossierFamille.Web.Features.Invoicing.Gestion;

/// <summary>An invoice as the gestionnaire's page shows it: where it stands, its family, its payments (online and at the mairie) and its credit notes.</summary>
public sealed record StaffInvoice(InvoiceSummary Summary, string FamilyName, bool ParentsSeparated, IReadOnlyList<InvoicePayment> Payments, IReadOnlyList<Invoice> CreditNotes)
{
    public Invoice Invoice => Summary.Invoice;

    public decimal Credited => CreditNotes.Sum(c => c.Total);

    public decimal Paid => Payments.Sum(p => p.Amount);

    /// <summary>What a new credit note may still give back.</summary>
    public decimal Creditable => Invoice.Total - Credited;
}
