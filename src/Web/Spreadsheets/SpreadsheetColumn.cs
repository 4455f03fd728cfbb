namespace DossierFamille.Web.Spreadsheets;

/// <summary>
/// One column of an export: its French header and how a row gives its value. Give text, numbers (int, decimal) or dates
/// already in the commune's zone (<c>DateOnly</c>, or a local <c>DateTime</c> from <c>CommuneTime</c>), never a UTC instant.
/// </summary>
internal sealed record SpreadsheetColumn<TRow>(string Header, Func<TRow, object?> Value);
