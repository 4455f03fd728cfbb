using System.Net.Http.Json;
using System.Text.Json.Serialization;
using DossierFamille.Testing;

namespace DossierFamille.Web.Tests.Infrastructure;

/// <summary>Reads the emails caught by maildev (the SMTP capture started by ./test.sh).</summary>
public static class Maildev
{
    private static readonly HttpClient Http = new() { BaseAddress = new Uri(RequiredService.MaildevApi) };

    /// <summary>Waits until emails to <paramref name="recipient"/> match, and returns them.</summary>
    public static async Task<IReadOnlyList<CapturedEmail>> WaitForAsync(string recipient, Func<CapturedEmail, bool>? match = null, int count = 1, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(30));
        IReadOnlyList<CapturedEmail> found = [];
        while (DateTime.UtcNow < deadline)
        {
            found = await ToAsync(recipient, match);
            if (found.Count >= count)
            {
                return found;
            }

            await Task.Delay(200);
        }

        throw new TimeoutException($"Expected {count} email(s) to {recipient} in maildev, found {found.Count}.");
    }

    public static async Task<IReadOnlyList<CapturedEmail>> ToAsync(string recipient, Func<CapturedEmail, bool>? match = null)
    {
        var all = await Http.GetFromJsonAsync<List<CapturedEmail>>("/email") ?? [];
        return [.. all.Where(e => e.To.Any(t => string.Equals(t.Address, recipient, StringComparison.OrdinalIgnoreCase)) && (match?.Invoke(e) ?? true))];
    }
}

public sealed record CapturedEmail(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("subject")] string Subject,
    [property: JsonPropertyName("text")] string? Text,
    [property: JsonPropertyName("html")] string? Html,
    [property: JsonPropertyName("to")] IReadOnlyList<CapturedAddress> To,
    [property: JsonPropertyName("messageId")] string? MessageId,
    [property: JsonPropertyName("attachments")] IReadOnlyList<CapturedAttachment>? Attachments);

public sealed record CapturedAttachment(
    [property: JsonPropertyName("fileName")] string FileName,
    [property: JsonPropertyName("contentType")] string ContentType);

public sealed record CapturedAddress([property: JsonPropertyName("address")] string Address);
