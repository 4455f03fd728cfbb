namespace DossierFamille.Web.Features.Invoicing;

/// <summary>What one account owes for one month, before it is numbered and issued.</summary>
public sealed record InvoiceDraft(int FamilyId, string UserId, DateOnly Month, InvoiceHolder Holder, IReadOnlyList<InvoiceLine> Lines)
{
    public decimal Total => Lines.Sum(l => l.Amount);
}
