using System.Globalization;
using DossierFamille.Web.Features.Billing;
using PdfSharp.Drawing;
using PdfSharp.Fonts;
using PdfSharp.Pdf;

namespace DossierFamille.Web.Features.Invoicing.Pdf;

/// <summary>
/// An invoice or credit note as an A4 PDF (PDFsharp 6.2.4, MIT): the commune's details, the number and dates, the account
/// holder, one row per child, activity and date, the total, what the account's trop payé paid of it at issue and what is
/// left, the due date and how to pay. Rows run over as many pages as needed, each with the table's header again.
/// </summary>
public static class InvoicePdf
{
    private const double Left = 50;
    private const double Right = 545;
    private const double Bottom = 770;
    private static readonly double[] Columns = [Left, 185, 330, 400, Right];

    static InvoicePdf()
    {
        GlobalFontSettings.FontResolver ??= new EmbeddedFontResolver();
    }

    /// <param name="tropPaye">What the account's trop payé paid of the invoice when it was issued (0 when nothing).</param>
    public static byte[] Render(Invoice invoice, InvoicePdfContext context, decimal tropPaye)
    {
        ArgumentNullException.ThrowIfNull(invoice);
        ArgumentNullException.ThrowIfNull(context);
        using var document = new PdfDocument();
        document.Options.FlateEncodeMode = PdfFlateEncodeMode.BestSpeed;
        document.Info.Title = $"{Title(invoice)} {invoice.Number}";
        document.Info.Author = context.CommuneName;
        using (var writer = new PageWriter(document))
        {
            Header(writer, invoice, context);
            Rows(writer, invoice);
            Footer(writer, invoice, context, tropPaye);
        }

        using var output = new MemoryStream();
        document.Save(output, closeStream: false);
        return output.ToArray();
    }

    public static string Title(Invoice invoice) => invoice.Kind == InvoiceKind.Avoir ? "Avoir" : "Facture";

    public static string LineLabel(InvoiceLineKind kind) => kind switch
    {
        InvoiceLineKind.PresenceSansReservation => "Présence sans réservation",
        InvoiceLineKind.AbsenceInjustifiee => "Absence injustifiée",
        InvoiceLineKind.Avoir => "Avoir",
        _ => "Réservation",
    };

    private static void Header(PageWriter w, Invoice invoice, InvoicePdfContext context)
    {
        w.Text(context.CommuneName, Left, 50, w.Title);
        var y = 68.0;
        foreach (var detail in new[] { context.CommuneAddress, context.CommunePhone is { Length: > 0 } phone ? $"Tél. {phone}" : null, context.CommuneEmail })
        {
            if (!string.IsNullOrWhiteSpace(detail))
            {
                w.Text(detail, Left, y, w.Small);
                y += 13;
            }
        }

        w.Text($"{Title(invoice)} n° {invoice.Number}", 330, 50, w.Title);
        w.Text($"Date d'émission : {Day(invoice.IssueDate)}", 330, 68, w.Normal);
        if (invoice.Kind == InvoiceKind.Facture)
        {
            w.Text($"Période : {InvoiceMails.Month(invoice.Month!.Value)}", 330, 82, w.Normal);
            w.Text($"Date d'échéance : {Day(invoice.DueDate)}", 330, 96, w.Bold);
        }

        y = Math.Max(y, 110) + 20;
        w.Text("Titulaire du compte", 330, y, w.Small);
        w.Text(invoice.HolderName, 330, y + 15, w.Bold);
        w.Text($"Famille {invoice.FamilyReference}", 330, y + 29, w.Normal);
        y += 43;
        foreach (var part in (invoice.HolderAddress ?? string.Empty).Split([',', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            w.Text(part, 330, y, w.Normal);
            y += 14;
        }

        if (invoice.Reason is { } reason)
        {
            y += 10;
            w.Text($"Motif : {reason}", Left, y, w.Normal);
        }

        w.Y = y + 30;
        TableHeader(w);
    }

    private static void TableHeader(PageWriter w)
    {
        w.Gfx.DrawRectangle(XBrushes.LightGray, Left - 4, w.Y - 12, Right - Left + 8, 18);
        string[] titles = ["Enfant", "Activité", "Date", "Libellé"];
        for (var i = 0; i < titles.Length; i++)
        {
            w.Text(titles[i], Columns[i], w.Y, w.Bold);
        }

        w.TextRight("Montant", Right, w.Y, w.Bold);
        w.Y += 20;
    }

    private static void Rows(PageWriter w, Invoice invoice)
    {
        foreach (var line in invoice.Lines.OrderBy(l => l.Id))
        {
            if (w.Y > Bottom)
            {
                w.NewPage();
                TableHeader(w);
            }

            if (line.Kind == InvoiceLineKind.Avoir)
            {
                w.Text(w.Fit(line.Activity, Columns[3] + 60 - Left, w.Normal), Left, w.Y, w.Normal);
            }
            else
            {
                w.Text(w.Fit(line.ChildName, Columns[1] - Columns[0] - 6, w.Normal), Columns[0], w.Y, w.Normal);
                w.Text(w.Fit(line.Activity, Columns[2] - Columns[1] - 6, w.Normal), Columns[1], w.Y, w.Normal);
                w.Text(line.Day is { } day ? Day(day) : string.Empty, Columns[2], w.Y, w.Normal);
                w.Text(LineLabel(line.Kind), Columns[3], w.Y, w.Normal);
            }

            w.TextRight(Money.Format(line.Amount), Right, w.Y, w.Normal);
            w.Y += 15;
        }
    }

    private static void Footer(PageWriter w, Invoice invoice, InvoicePdfContext context, decimal tropPaye)
    {
        if (w.Y > Bottom - 120)
        {
            w.NewPage();
        }

        w.Gfx.DrawLine(XPens.Black, Left, w.Y - 8, Right, w.Y - 8);
        w.Y += 8;
        w.TextRight($"{(invoice.Kind == InvoiceKind.Avoir ? "Montant de l'avoir" : "Total à payer")} : {Money.Format(invoice.Total)}", Right, w.Y, w.Title);
        w.Y += 30;
        if (invoice.Kind == InvoiceKind.Avoir)
        {
            w.Text("Cet avoir est déduit de la facture qu'il corrige.", Left, w.Y, w.Normal);
            return;
        }

        if (tropPaye > 0)
        {
            var left = Math.Max(0, invoice.Total - tropPaye);
            w.TextRight($"Déduit de votre trop payé : {Money.Format(-tropPaye)}", Right, w.Y - 8, w.Normal);
            w.TextRight($"Reste à payer : {Money.Format(left)}", Right, w.Y + 10, w.Title);
            w.Y += 40;
            if (left == 0)
            {
                w.Text("Cette facture est réglée par votre trop payé : vous n'avez rien à payer.", Left, w.Y, w.Bold);
                return;
            }
        }

        w.Text($"À régler avant le {Day(invoice.DueDate)}, en rappelant le numéro {invoice.Number} :", Left, w.Y, w.Bold);
        w.Text($"– à la mairie ({context.CommuneName}{(context.CommuneAddress is { Length: > 0 } address ? ", " + address : string.Empty)}) ;", Left, w.Y + 16, w.Normal);
        w.Text("– ou en ligne par carte bancaire sur le portail famille, rubrique « Facturation » :", Left, w.Y + 31, w.Normal);
        w.Text(context.PortalUrl, Left + 10, w.Y + 46, w.Normal);
    }

    private static string Day(DateOnly day) => day.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);
}
