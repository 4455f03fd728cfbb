using System.Globalization;
using MiniExcelLibs;
using MiniExcelLibs.Csv;

namespace DossierFamille.Web.Spreadsheets;

/// <summary>
/// The portal's one way to export a table for staff, as CSV for French Excel or as .xlsx (MiniExcel): declare the columns
/// once, then write rows in either format, or answer an endpoint with the file.
/// <code>
/// var sheet = new Spreadsheet&lt;Row&gt;("Dossiers", new("Référence", r => r.Reference), new("Enfants", r => r.Children));
/// return sheet.File(rows, format, "dossiers-2026-2027");
/// </code>
/// </summary>
internal sealed class Spreadsheet<TRow>
{
    private static readonly CultureInfo French = CultureInfo.GetCultureInfo("fr-FR");

    private readonly string sheetName;
    private readonly IReadOnlyList<SpreadsheetColumn<TRow>> columns;

    public Spreadsheet(string sheetName, params IReadOnlyList<SpreadsheetColumn<TRow>> columns)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(sheetName);
        if (columns.Count == 0 || columns.Select(c => c.Header).Distinct(StringComparer.Ordinal).Count() != columns.Count)
        {
            throw new ArgumentException("A spreadsheet needs columns with distinct headers.", nameof(columns));
        }

        this.sheetName = sheetName;
        this.columns = columns;
    }

    /// <summary>The file's bytes: the header row, then one row per item, in the given order.</summary>
    public byte[] Write(IEnumerable<TRow> rows, SpreadsheetFormat format)
    {
        using var buffer = new MemoryStream();
        if (format == SpreadsheetFormat.Csv)
        {
            // MiniExcel's CSV writer emits the UTF-8 BOM, quotes fields holding ';', quotes or line breaks, and formats
            // numbers and dates with the culture.
            var csv = new CsvConfiguration { Seperator = ';', NewLine = "\r\n", Culture = French, QuoteWhitespaces = false };
            MiniExcel.SaveAs(buffer, Cells(rows, CsvCell), excelType: ExcelType.CSV, configuration: csv);
        }
        else
        {
            MiniExcel.SaveAs(buffer, Cells(rows, value => value), sheetName: sheetName, excelType: ExcelType.XLSX);
        }

        return buffer.ToArray();
    }

    /// <summary>The file as an endpoint's answer, downloaded as <c>{fileName}.csv</c> or <c>{fileName}.xlsx</c>.</summary>
    public IResult File(IEnumerable<TRow> rows, SpreadsheetFormat format, string fileName) =>
        TypedResults.File(Write(rows, format), format.ContentType(), $"{fileName}.{format.Extension()}");

    private IEnumerable<Dictionary<string, object?>> Cells(IEnumerable<TRow> rows, Func<object?, object?> cell)
    {
        foreach (var row in rows)
        {
            var cells = new Dictionary<string, object?>(columns.Count, StringComparer.Ordinal);
            foreach (var column in columns)
            {
                cells[column.Header] = cell(column.Value(row));
            }

            yield return cells;
        }
    }

    /// <summary>
    /// Text that Excel would read as a formula (=, +, -, @, tab, carriage return first: a family name typed as
    /// "=HYPERLINK(…)") is prefixed with an apostrophe, as OWASP advises against CSV injection. The workbook needs no
    /// such care: MiniExcel writes text cells as text.
    /// </summary>
    private static object? CsvCell(object? value) =>
        value is string { Length: > 0 } text && text[0] is '=' or '+' or '-' or '@' or '\t' or '\r' ? "'" + text : value;
}
