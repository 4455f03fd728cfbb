namespace DossierFamille.Web.Features.Invoicing;

/// <summary>A paying account: the family and the user who owns the bookings (separated parents are two accounts).</summary>
public sealed record BillableAccount(int FamilyId, string UserId);
