namespace DossierFamille.Web.Features.Rgpd;

/// <summary>The admin's form on the retention page.</summary>
public sealed record RetentionInput(int? PiecesMonths, int? DraftsMonths, int? AccessLogMonths, int? SignatureMonths, int? EmailMonths, string? DpoContact);
