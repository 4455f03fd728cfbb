namespace DossierFamille.Web.Spreadsheets;

/// <summary>File extension and media type of each <see cref="SpreadsheetFormat"/>, for routes such as <c>/export.{format}</c>.</summary>
internal static class SpreadsheetFormats
{
    /// <summary>Route constraint matching the extensions <see cref="TryParse"/> accepts: <c>{format:regex(...)}</c>.</summary>
    public const string RouteConstraint = "regex(^(csv|xlsx)$)";

    public static string Extension(this SpreadsheetFormat format) => format switch
    {
        SpreadsheetFormat.Csv => "csv",
        SpreadsheetFormat.Xlsx => "xlsx",
        _ => throw new ArgumentOutOfRangeException(nameof(format), format, null),
    };

    public static string ContentType(this SpreadsheetFormat format) => format switch
    {
        SpreadsheetFormat.Csv => "text/csv; charset=utf-8",
        SpreadsheetFormat.Xlsx => "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        _ => throw new ArgumentOutOfRangeException(nameof(format), format, null),
    };

    /// <summary>The format named by a file extension ("csv", "xlsx"; no dot, any case).</summary>
    public static bool TryParse(string? extension, out SpreadsheetFormat format)
    {
        format = SpreadsheetFormat.Csv;
        if (string.Equals(extension, "xlsx", StringComparison.OrdinalIgnoreCase))
        {
            format = SpreadsheetFormat.Xlsx;
            return true;
        }

        return string.Equals(extension, "csv", StringComparison.OrdinalIgnoreCase);
    }
}
