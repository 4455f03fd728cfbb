using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;

namespace DossierFamille.Web.Features.Rgpd.Copy;

/// <summary>A readable French HTML page of the data copy, opened offline from the zip (no script, no external resource).</summary>
internal sealed class CopyHtml
{
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);
    private readonly StringBuilder _body = new();
    private readonly string _title;

    public CopyHtml(string title, string? backLink = "index.html")
    {
        _title = title;
        if (backLink is not null)
        {
            _body.Append("<p><a href=\"").Append(Encoder.Encode(backLink)).Append("\">← Sommaire</a></p>");
        }

        _body.Append("<h1>").Append(Encoder.Encode(title)).Append("</h1>");
    }

    public CopyHtml Heading(string text)
    {
        _body.Append("<h2>").Append(Encoder.Encode(text)).Append("</h2>");
        return this;
    }

    public CopyHtml Paragraph(string text)
    {
        _body.Append("<p>").Append(Encoder.Encode(text)).Append("</p>");
        return this;
    }

    public CopyHtml Link(string href, string text)
    {
        _body.Append("<p><a href=\"").Append(Encoder.Encode(href)).Append("\">").Append(Encoder.Encode(text)).Append("</a></p>");
        return this;
    }

    /// <summary>Label and value, one line each.</summary>
    public CopyHtml Fields(IEnumerable<(string Label, string? Value)> fields)
    {
        _body.Append("<dl>");
        foreach (var (label, value) in fields)
        {
            _body.Append("<dt>").Append(Encoder.Encode(label)).Append("</dt><dd>").Append(Encoder.Encode(string.IsNullOrEmpty(value) ? "—" : value)).Append("</dd>");
        }

        _body.Append("</dl>");
        return this;
    }

    /// <summary>A table; says "Aucune donnée." when there is no row.</summary>
    public CopyHtml Table(IReadOnlyList<string> headers, IEnumerable<IReadOnlyList<string?>> rows)
    {
        var list = rows.ToList();
        if (list.Count == 0)
        {
            return Paragraph("Aucune donnée.");
        }

        _body.Append("<table><thead><tr>");
        foreach (var header in headers)
        {
            _body.Append("<th>").Append(Encoder.Encode(header)).Append("</th>");
        }

        _body.Append("</tr></thead><tbody>");
        foreach (var row in list)
        {
            _body.Append("<tr>");
            foreach (var cell in row)
            {
                _body.Append("<td>").Append(Encoder.Encode(cell ?? "")).Append("</td>");
            }

            _body.Append("</tr>");
        }

        _body.Append("</tbody></table>");
        return this;
    }

    public override string ToString() =>
        $"<!DOCTYPE html><html lang=\"fr\"><head><meta charset=\"utf-8\"><title>{Encoder.Encode(_title)}</title>"
        + "<style>body{font-family:Arial,sans-serif;color:#1d2a3a;max-width:900px;margin:1em auto;padding:0 1em}"
        + "table{border-collapse:collapse}th,td{border:1px solid #99a;padding:4px 8px;text-align:left;vertical-align:top}"
        + "dt{font-weight:bold;margin-top:.5em}dd{margin-left:1em}</style></head><body>"
        + _body + "</body></html>";
}
