namespace DossierFamille.Web.Features.Invoicing;

/// <summary>The file name a parent downloads or receives: "facture-F2026-000123.pdf", "avoir-A2026-000001.pdf".</summary>
internal static class InvoicePdfFile
{
    public const string ContentType = "application/pdf";

    public static string Name(Invoice invoice)
    {
        ArgumentNullException.ThrowIfNull(invoice);
        return $"{(invoice.Kind == InvoiceKind.Avoir ? "avoir" : "facture")}-{invoice.Number}.pdf";
    }
}
