namespace DossierFamille.Web.Features.Invoicing;

/// <summary>The account holder an invoice is addressed to, as copied at issue: "Mme DUPONT Marie", the family's reference, the postal address.</summary>
public sealed record InvoiceHolder(string Name, string FamilyReference, string? Address, string? Email);
