using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;

namespace DossierFamille.Benchmarks.Rush;

/// <summary>
/// One parent's browser without JavaScript: its own cookies and connection, its own client address
/// (X-Forwarded-For, which the portal trusts from the loopback, so the login rate limit applies per
/// parent as it would on the internet), the pages and form posts a browser makes, redirects followed.
/// </summary>
internal sealed partial class RushParent : IDisposable
{
    private readonly HttpClient http;

    public RushParent(Uri baseAddress, int number)
    {
        var handler = new SocketsHttpHandler { AllowAutoRedirect = false, UseCookies = true, CookieContainer = new CookieContainer() };
        http = new HttpClient(handler) { BaseAddress = baseAddress, Timeout = TimeSpan.FromMinutes(10) };
        http.DefaultRequestHeaders.Add("X-Forwarded-For", $"10.{(number >> 16) & 255}.{(number >> 8) & 255}.{number & 255}");
    }

    public async Task SignInAsync(string userName, string password)
    {
        var page = await PageAsync("/connexion");
        await PostAsync("/connexion", [new("_handler", "login"), new("Input.UserName", userName), new("Input.Password", password), new("__RequestVerificationToken", Token(page))]);
    }

    /// <summary>Shows the child's month of the activity, ticks every day that can be booked, "Ajouter au panier"; returns how many days were ticked.</summary>
    public async Task<int> TickMonthAsync(int child, int activity, DateOnly month)
    {
        var calendar = $"/reservations?enfant={child}&activite={activity}&mois={month:yyyy-MM}";
        var page = await PageAsync(calendar);
        var days = Days().Matches(page).Select(m => m.Groups[1].Value).ToList();
        var fields = new List<KeyValuePair<string, string>>
        {
            new("enfant", child.ToString(CultureInfo.InvariantCulture)),
            new("activite", activity.ToString(CultureInfo.InvariantCulture)),
            new("mois", month.ToString("yyyy-MM", CultureInfo.InvariantCulture)),
            new("__RequestVerificationToken", Token(page)),
        };
        fields.AddRange(days.Select(d => new KeyValuePair<string, string>("jours", d)));
        fields.AddRange(Shown().Matches(page).Select(m => new KeyValuePair<string, string>("affiches", m.Groups[1].Value)));
        await PageAsync(await PostAsync("/reservations/jours", fields));
        return days.Count;
    }

    /// <summary>"Valider le panier" (the recap), then "Valider définitivement", timed, and the answer page.</summary>
    public async Task<TimeSpan> ValidateAsync()
    {
        var recap = await PageAsync("/reservations/recapitulatif");
        var key = SubmissionKey().Match(recap);
        if (!key.Success)
        {
            throw new InvalidOperationException("The recap has no 'Valider définitivement' form.");
        }

        var started = Stopwatch.GetTimestamp();
        var answer = await PostAsync("/reservations/valider", [new("demande", key.Groups[1].Value), new("__RequestVerificationToken", Token(recap))]);
        var elapsed = Stopwatch.GetElapsedTime(started);
        await PageAsync(answer);
        return elapsed;
    }

    /// <summary>A cheap authenticated page (the parents' help page), timed.</summary>
    public async Task<TimeSpan> NoopAsync()
    {
        var started = Stopwatch.GetTimestamp();
        await PageAsync("/reservations/aide");
        return Stopwatch.GetElapsedTime(started);
    }

    public void Dispose() => http.Dispose();

    private async Task<string> PageAsync(string url)
    {
        using var response = await http.GetAsync(new Uri(url, UriKind.Relative));
        var html = await response.Content.ReadAsStringAsync();
        return response.StatusCode == HttpStatusCode.OK ? html : throw new InvalidOperationException($"GET {url} answered {(int)response.StatusCode}");
    }

    /// <summary>Posts a form and returns the address it redirects to.</summary>
    private async Task<string> PostAsync(string url, List<KeyValuePair<string, string>> fields)
    {
        using var content = new FormUrlEncodedContent(fields);
        using var response = await http.PostAsync(new Uri(url, UriKind.Relative), content);
        return response.StatusCode == HttpStatusCode.Redirect && response.Headers.Location is { } location
            ? location.OriginalString
            : throw new InvalidOperationException($"POST {url} answered {(int)response.StatusCode}");
    }

    private static string Token(string html) =>
        AntiforgeryToken().Match(html) is { Success: true } token ? token.Groups[1].Value : throw new InvalidOperationException("No antiforgery token on the page.");

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryToken();

    [GeneratedRegex("name=\"demande\" value=\"([0-9a-f-]{36})\"")]
    private static partial Regex SubmissionKey();

    [GeneratedRegex("type=\"checkbox\" name=\"jours\" value=\"([0-9-]{10})\"")]
    private static partial Regex Days();

    [GeneratedRegex("type=\"hidden\" name=\"affiches\" value=\"([0-9-]{10})\"")]
    private static partial Regex Shown();
}
