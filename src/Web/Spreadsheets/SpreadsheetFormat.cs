namespace DossierFamille.Web.Spreadsheets;

/// <summary>The two forms of a staff export: a CSV file French Excel opens with a double click, or an Excel workbook.</summary>
internal enum SpreadsheetFormat
{
    /// <summary>UTF-8 with BOM, ';' between fields, French numbers and dates ("12,5", "30/11/2026").</summary>
    Csv,

    /// <summary>An .xlsx workbook (Office Open XML): typed cells, header row frozen, filters on.</summary>
    Xlsx,
}
