using System.Text;
using DossierFamille.Web.Spreadsheets;
using MiniExcelLibs;

namespace DossierFamille.Web.Tests.Spreadsheets;

/// <summary>One table, two files: a CSV French Excel opens as it is, and a workbook that reads back the same.</summary>
public sealed class SpreadsheetTests
{
    private sealed record Payment(string Family, decimal Amount, DateOnly On, int Children);

    private static readonly Spreadsheet<Payment> Sheet = new(
        "Paiements",
        new("Famille", p => p.Family),
        new("Montant (€)", p => p.Amount),
        new("Payé le", p => p.On),
        new("Enfants", p => p.Children));

    private static readonly Payment[] Rows =
    [
        new("DUPONT; \"Jean\"", 12.50m, new DateOnly(2026, 11, 30), 2),
        new("=HYPERLINK(\"http://x\")", 3m, new DateOnly(2026, 12, 1), 1),
    ];

    [Fact]
    public void The_csv_has_a_bom_semicolons_french_numbers_and_dates_and_no_formula()
    {
        var bytes = Sheet.Write(Rows, SpreadsheetFormat.Csv);

        Assert.Equal(Encoding.UTF8.Preamble.ToArray(), bytes[..3]);
        var lines = Encoding.UTF8.GetString(bytes[3..]).Split("\r\n");
        Assert.Equal("Famille;Montant (€);Payé le;Enfants", lines[0]);
        Assert.Equal("\"DUPONT; \"\"Jean\"\"\";12,50;30/11/2026;2", lines[1]);
        Assert.Equal("\"'=HYPERLINK(\"\"http://x\"\")\";3;01/12/2026;1", lines[2]);
    }

    [Fact]
    public void The_workbook_reads_back_with_its_french_headers_and_typed_cells()
    {
        using var workbook = new MemoryStream(Sheet.Write(Rows, SpreadsheetFormat.Xlsx));

        Assert.Equal(["Paiements"], MiniExcel.GetSheetNames(workbook));
        var rows = MiniExcel.Query(workbook, useHeaderRow: true, excelType: ExcelType.XLSX).Cast<IDictionary<string, object>>().ToList();
        Assert.Equal(["Famille", "Montant (€)", "Payé le", "Enfants"], rows[0].Keys);
        Assert.Equal("DUPONT; \"Jean\"", rows[0]["Famille"]);
        Assert.Equal(12.5, Convert.ToDouble(rows[0]["Montant (€)"], System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(new DateTime(2026, 11, 30), rows[0]["Payé le"]);
        Assert.Equal("=HYPERLINK(\"http://x\")", rows[1]["Famille"]);
    }

    [Fact]
    public void A_route_extension_names_its_format()
    {
        Assert.True(SpreadsheetFormats.TryParse("csv", out var csv));
        Assert.Equal(SpreadsheetFormat.Csv, csv);
        Assert.True(SpreadsheetFormats.TryParse("XLSX", out var xlsx));
        Assert.Equal(SpreadsheetFormat.Xlsx, xlsx);
        Assert.False(SpreadsheetFormats.TryParse("pdf", out _));
    }
}
