using System.Net;
using System.Text;
using System.Text.RegularExpressions;

namespace DossierFamille.Web.Features.Email.Templates;

/// <summary>
/// The plain-text part of an email, read from the HTML its component rendered: paragraphs, headings and lists become
/// blocks separated by a blank line, list items "• …", table cells "cell : cell", line breaks stay, a link becomes
/// "label : address", <c>pre</c> keeps its text as written, the head is left out. The HTML comes from the portal's own
/// templates (Razor encodes every value), so a tag is always a tag.
/// </summary>
internal static partial class HtmlText
{
    private static readonly HashSet<string> Blocks = ["p", "div", "h1", "h2", "h3", "h4", "blockquote", "ul", "ol", "table", "pre", "header", "footer", "section"];
    private static readonly HashSet<string> Hidden = ["head", "style", "title", "script"];

    public static string From(string html)
    {
        ArgumentNullException.ThrowIfNull(html);
        var writer = new Writer();
        var position = 0;
        foreach (Match tag in Tag().Matches(html))
        {
            writer.Text(html[position..tag.Index]);
            position = tag.Index + tag.Length;
            if (tag.Groups["name"].Success)
            {
                writer.Tag(tag.Groups["name"].Value.ToLowerInvariant(), tag.Groups["close"].Length > 0, tag.Groups["attributes"].Value);
            }
        }

        writer.Text(html[position..]);
        return writer.ToString();
    }

    [GeneratedRegex("<!--.*?-->|<!(?i:doctype)[^>]*>|<(?<close>/?)(?<name>[a-zA-Z][a-zA-Z0-9]*)(?<attributes>[^>]*)>", RegexOptions.Singleline, 1000)]
    private static partial Regex Tag();

    [GeneratedRegex("\\s+", RegexOptions.None, 1000)]
    private static partial Regex Spaces();

    [GeneratedRegex("href=\"(?<href>[^\"]*)\"", RegexOptions.None, 1000)]
    private static partial Regex Href();

    private sealed class Writer
    {
        private readonly StringBuilder _text = new();
        private readonly Stack<(string? Href, int Start)> _links = new();
        private int _hidden;
        private int _pre;
        private int _cells;

        public void Text(string raw)
        {
            if (_hidden > 0 || raw.Length == 0)
            {
                return;
            }

            if (_pre > 0)
            {
                _text.Append(WebUtility.HtmlDecode(raw));
                return;
            }

            var text = WebUtility.HtmlDecode(Spaces().Replace(raw, " "));
            if (_text.Length == 0 || _text[^1] is '\n' or ' ')
            {
                text = text.TrimStart(' ');
            }

            _text.Append(text);
        }

        public void Tag(string name, bool closing, string attributes)
        {
            if (Hidden.Contains(name))
            {
                _hidden += closing ? -1 : 1;
                return;
            }

            if (_hidden > 0)
            {
                return;
            }

            switch (name)
            {
                case "br":
                    TrimLineEnd();
                    _text.Append('\n');
                    break;
                case "li":
                    Break(1);
                    if (!closing)
                    {
                        _text.Append("• ");
                    }

                    break;
                case "tr":
                    Break(1);
                    _cells = 0;
                    break;
                case "td" or "th" when !closing && _cells++ > 0:
                    _text.Append(" : ");
                    break;
                case "a" when !closing:
                    _links.Push((Href().Match(attributes) is { Success: true } href ? WebUtility.HtmlDecode(href.Groups["href"].Value) : null, _text.Length));
                    break;
                case "a" when _links.TryPop(out var link):
                    var label = _text.ToString(link.Start, _text.Length - link.Start).Trim();
                    if (link.Href is { Length: > 0 } address && !address.StartsWith('#') && label != address)
                    {
                        _text.Append(" : ").Append(address);
                    }

                    break;
                default:
                    if (Blocks.Contains(name))
                    {
                        Break(2);
                        _pre += name == "pre" ? (closing ? -1 : 1) : 0;
                    }

                    break;
            }
        }

        public override string ToString() => string.Join('\n', _text.ToString().Split('\n').Select(l => l.TrimEnd())).Trim() + "\n";

        /// <summary>Ends the current line and leaves <paramref name="newLines"/> line ends before what comes next.</summary>
        private void Break(int newLines)
        {
            TrimLineEnd();
            if (_text.Length == 0)
            {
                return;
            }

            var present = 0;
            while (present < _text.Length && _text[_text.Length - 1 - present] == '\n')
            {
                present++;
            }

            _text.Append('\n', Math.Max(0, newLines - present));
        }

        private void TrimLineEnd()
        {
            while (_text.Length > 0 && _text[^1] == ' ')
            {
                _text.Length--;
            }
        }
    }
}
