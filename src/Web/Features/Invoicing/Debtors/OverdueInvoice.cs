namespace DossierFamille.Web.Features.Invoicing.Debtors;

/// <summary>An invoice left unpaid past its due date and the admin's threshold: what is left to pay of it.</summary>
public sealed record OverdueInvoice(long Id, string Number, DateOnly DueDate, decimal Due);
