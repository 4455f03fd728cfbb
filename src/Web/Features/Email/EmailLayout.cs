using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;

namespace DossierFamille.Web.Features.Email;

/// <summary>The commune's email layout: HTML with its plain-text alternative, in French.</summary>
public static class EmailLayout
{
    private static readonly HtmlEncoder Html = HtmlEncoder.Create(UnicodeRanges.All);

    public static EmailContent Compose(string subject, string greeting, IReadOnlyList<string> paragraphs, EmailAction? action = null)
    {
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html><html lang=\"fr\"><body style=\"font-family:Arial,sans-serif;color:#1d2a3a;max-width:600px\">");
        html.Append("<h2 style=\"color:#1f4e8c\">Portail Famille</h2>");
        html.Append("<p>").Append(Html.Encode(greeting)).Append("</p>");
        var text = new StringBuilder().AppendLine(greeting).AppendLine();
        foreach (var paragraph in paragraphs)
        {
            html.Append("<p>").Append(Html.Encode(paragraph)).Append("</p>");
            text.AppendLine(paragraph).AppendLine();
        }

        if (action is not null)
        {
            html.Append("<p><a href=\"").Append(Html.Encode(action.Url))
                .Append("\" style=\"background:#1f4e8c;color:#fff;padding:10px 16px;border-radius:4px;text-decoration:none\">")
                .Append(Html.Encode(action.Label)).Append("</a></p>");
            text.Append(action.Label).Append(" : ").AppendLine(action.Url).AppendLine();
        }

        const string signature = "Cordialement,\nLe service Enfance de votre mairie";
        html.Append("<p>").Append(Html.Encode(signature).Replace("\n", "<br>", StringComparison.Ordinal)).Append("</p>");
        html.Append("<p style=\"font-size:12px;color:#667\">Ce message est envoyé automatiquement, merci de ne pas y répondre. Pour nous écrire, utilisez « Contacter la mairie » sur le portail.</p></body></html>");
        text.AppendLine(signature);
        return new EmailContent(subject, html.ToString(), text.ToString());
    }
}
