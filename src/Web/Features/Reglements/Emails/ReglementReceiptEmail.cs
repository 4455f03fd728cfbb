using DossierFamille.Web.Features.Email.Templates;

namespace DossierFamille.Web.Features.Reglements.Emails;

/// <summary>Sent to the signer of a règlement intérieur with the PDF receipt attached.</summary>
public sealed record ReglementReceiptEmail(string SignerName, string Child, string Structure, string SchoolYear) : EmailModel<ReglementReceiptEmailTemplate>
{
    public override string Subject => $"Règlement intérieur signé – {Child}";
}
