using System.IO.Compression;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace DossierFamille.Web.Features.Rgpd.Copy;

/// <summary>The zip of a data copy: HTML pages to read, JSON files to reuse, the documents as they were sent.</summary>
internal sealed class CopyArchive(ZipArchive zip)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Converters = { new JsonStringEnumConverter() },
    };

    private readonly HashSet<string> _paths = new(StringComparer.OrdinalIgnoreCase);

    public IReadOnlyCollection<string> Paths => _paths;

    public async Task AddTextAsync(string path, string text, CancellationToken cancellationToken)
    {
        await using var entry = await OpenAsync(path, cancellationToken);
        await entry.WriteAsync(Encoding.UTF8.GetBytes(text), cancellationToken);
    }

    public Task AddHtmlAsync(string path, CopyHtml page, CancellationToken cancellationToken) => AddTextAsync(path, page.ToString(), cancellationToken);

    public Task AddJsonAsync(string path, object value, CancellationToken cancellationToken) => AddTextAsync(path, JsonSerializer.Serialize(value, Json), cancellationToken);

    public async Task AddFileAsync(string path, Stream content, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(content);
        await using var entry = await OpenAsync(path, cancellationToken);
        await content.CopyToAsync(entry, cancellationToken);
    }

    /// <summary>A file name safe in every system's zip tool: letters, digits, dot, dash and underscore.</summary>
    public static string SafeName(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var normalised = name.Normalize(NormalizationForm.FormD);
        var safe = new StringBuilder(normalised.Length);
        foreach (var c in normalised)
        {
            if (char.IsAsciiLetterOrDigit(c) || c is '.' or '-' or '_')
            {
                safe.Append(c);
            }
            else if (char.IsWhiteSpace(c) || c is '–' or '\'')
            {
                safe.Append('-');
            }
        }

        var text = safe.ToString().Trim('.', '-');
        return text.Length == 0 ? "fichier" : text.Length > 80 ? text[..80] : text;
    }

    private async Task<Stream> OpenAsync(string path, CancellationToken cancellationToken)
    {
        if (!_paths.Add(path))
        {
            throw new InvalidOperationException($"The data copy already holds {path}.");
        }

        return await zip.CreateEntry(path, CompressionLevel.Optimal).OpenAsync(cancellationToken);
    }
}
