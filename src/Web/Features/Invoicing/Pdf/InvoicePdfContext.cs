namespace DossierFamille.Web.Features.Invoicing.Pdf;

/// <summary>What an invoice's PDF shows besides the invoice: the commune's details and where parents pay online.</summary>
public sealed record InvoicePdfContext(string CommuneName, string? CommuneAddress, string? CommunePhone, string CommuneEmail, string PortalUrl);
