namespace DossierFamille.Web.Features.Invoicing.Debtors;

/// <summary>One debtor account on the gestionnaires' list: its family, the invoices' holder, what is overdue and since when.</summary>
public sealed record DebtorRow(int FamilyId, string FamilyName, string FamilyReference, string UserId, string HolderName, int Invoices, decimal Overdue, DateOnly OldestDueDate);
