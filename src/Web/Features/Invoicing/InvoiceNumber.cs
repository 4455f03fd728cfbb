using System.Globalization;

namespace DossierFamille.Web.Features.Invoicing;

/// <summary>"F2026-000123" (invoices) or "A2026-000001" (credit notes): one series per kind and year, without gaps.</summary>
public readonly record struct InvoiceNumber(InvoiceKind Kind, int Year, int Sequence)
{
    public string Series => SeriesOf(Kind);

    public static string SeriesOf(InvoiceKind kind) => kind == InvoiceKind.Avoir ? "A" : "F";

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Series}{Year}-{Sequence:000000}");
}
