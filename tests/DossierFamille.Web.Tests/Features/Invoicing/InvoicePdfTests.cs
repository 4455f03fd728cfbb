using DossierFamille.Web.Features.Invoicing;
using DossierFamille.Web.Features.Invoicing.Pdf;
using static DossierFamille.Web.Tests.Features.Invoicing.InvoicingSteps;

namespace DossierFamille.Web.Tests.Features.Invoicing;

/// <summary>The invoice's PDF: written with the Windows-1252 cut of DejaVu Sans, and with the whole font for any text beyond it.</summary>
public sealed class InvoicePdfTests
{
    private static readonly InvoicePdfContext Commune = new(
        "Mairie de Saint-Étienne-du-Rouvray", "Place de l'Hôtel de Ville, 76800 Saint-Étienne-du-Rouvray", "02 35 00 00 00", "mairie@example.org", "https://portail.example.org/facturation");

    private static Invoice Issue(string holder, string child) => Invoice.Issue(
        new InvoiceDraft(7, "user-1", new DateOnly(2026, 11, 1), new InvoiceHolder(holder, "F-7", "4 rue des Lilas, 99000 Carteville", null),
        [
            new InvoiceLine { Kind = InvoiceLineKind.Reservation, ChildName = child, Activity = "RESTAURATION", Day = new DateOnly(2026, 11, 2), Amount = 1234.5m },
            new InvoiceLine { Kind = InvoiceLineKind.AbsenceInjustifiee, ChildName = child, Activity = "APS MATIN", Day = new DateOnly(2026, 11, 3), Amount = 2m },
        ]),
        new InvoiceNumber(InvoiceKind.Facture, 2026, 42), new DateTimeOffset(2026, 12, 1, 5, 0, 0, TimeSpan.Zero), new DateOnly(2026, 12, 1), paymentDays: 30);

    [Fact]
    public void French_accents_euro_signs_and_names_beyond_windows_1252_all_read_back_from_the_pdf()
    {
        var pdf = PdfText(InvoicePdf.Render(Issue("Mme NGUYỄN Thị Œillet", "WOJCIK Łukasz"), Commune, tropPaye: 2m));

        Assert.Contains("Mairie de Saint-Étienne-du-Rouvray", pdf, StringComparison.Ordinal);
        Assert.Contains("Facture n° F2026-000042", pdf, StringComparison.Ordinal);
        Assert.Contains("Date d'échéance : 31/12/2026", pdf, StringComparison.Ordinal);
        Assert.Contains("Mme NGUYỄN Thị Œillet", pdf, StringComparison.Ordinal);
        Assert.Contains("WOJCIK Łukasz RESTAURATION 02/11/2026 Réservation 1 234,50 €", pdf, StringComparison.Ordinal);
        Assert.Contains("WOJCIK Łukasz APS MATIN 03/11/2026 Absence injustifiée 2,00 €", pdf, StringComparison.Ordinal);
        Assert.Contains("Total à payer : 1 236,50 €", pdf, StringComparison.Ordinal);
        Assert.Contains("Déduit de votre trop payé : -2,00 €", pdf, StringComparison.Ordinal);
        Assert.Contains("Reste à payer : 1 234,50 €", pdf, StringComparison.Ordinal);
        Assert.Contains("À régler avant le 31/12/2026, en rappelant le numéro F2026-000042 :", pdf, StringComparison.Ordinal);
        Assert.Contains("– ou en ligne par carte bancaire sur le portail famille, rubrique « Facturation » :", pdf, StringComparison.Ordinal);
    }

    [Fact]
    public void Text_within_windows_1252_embeds_only_the_small_cut_of_the_font()
    {
        var usual = InvoicePdf.Render(Issue("Mme DUPONT Œillet", "DUPONT Léa"), Commune, tropPaye: 0);
        var beyond = InvoicePdf.Render(Issue("Mme DUPONT Œillet", "WOJCIK Łukasz"), Commune, tropPaye: 0);

        Assert.Contains("DUPONT Léa RESTAURATION 02/11/2026 Réservation 1 234,50 €", PdfText(usual), StringComparison.Ordinal);
        Assert.InRange(usual.Length, 1, 40_000);
        Assert.True(beyond.Length > usual.Length, $"{beyond.Length} bytes with the whole font, {usual.Length} without");
    }
}
