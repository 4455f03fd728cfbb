using DossierFamille.Testing;
using DossierFamille.Web.Data;
using DossierFamille.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace DossierFamille.EndToEnd.Tests.Infrastructure;

/// <summary>
/// The portal on a real Kestrel port over PostgreSQL, and Debian's Chromium driven by Playwright
/// (never a downloaded browser). Time comes from <see cref="Clock"/>, which a test can move forward.
/// </summary>
public class BrowserPortal : PostgreSqlPortal
{
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    private readonly string? _publicBaseUrl;

    public BrowserPortal() => UseKestrel(0);

    /// <summary>
    /// A portal on a port chosen before it starts, whose public address (<c>Portal:PublicBaseUrl</c>) is the one the
    /// browser uses: for services that call it back or send the browser back to it (PayFiP's notification and return),
    /// where the address must be known in the settings and carry the browser's cookies.
    /// </summary>
    protected BrowserPortal(int port)
    {
        UseKestrel(port);
        _publicBaseUrl = $"http://127.0.0.1:{port}";
    }

    public string BaseUrl { get; private set; } = string.Empty;

    public IBrowser Browser => _browser ?? throw new InvalidOperationException("The browser is not started.");

    public ShiftableClock Clock { get; } = new();

    /// <summary>Chromium reaches Kestrel at 127.0.0.1.</summary>
    protected override IEnumerable<KeyValuePair<string, string?>> Settings =>
        _publicBaseUrl is null
            ? [new("AllowedHosts", "127.0.0.1;localhost")]
            : [new("AllowedHosts", "127.0.0.1;localhost"), new("Portal:PublicBaseUrl", _publicBaseUrl)];

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        StartServer();
        BaseUrl = _publicBaseUrl ?? Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First().Replace("[::]", "127.0.0.1", StringComparison.Ordinal);
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = RequiredService.Chromium,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-quic", "--no-first-run"],
        });
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services => services.AddSingleton<TimeProvider>(Clock));
    }

    /// <summary>Runs <paramref name="query"/> on the portal's database, in a scope of its own.</summary>
    public async Task<T> QueryAsync<T>(Func<AppDbContext, Task<T>> query)
    {
        ArgumentNullException.ThrowIfNull(query);
        await using var scope = Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<AppDbContext>());
    }

    /// <summary>Waits up to 90 s (polling every 200 ms) for what the portal does on its own, e.g. its scheduler on the shifted clock.</summary>
    public async Task WaitUntilAsync(string what, Func<AppDbContext, Task<bool>> done)
    {
        for (var i = 0; i < 450 && !await QueryAsync(done); i++)
        {
            await Task.Delay(200);
        }

        Assert.True(await QueryAsync(done), $"Not done within 90 s: {what}.");
    }

    /// <summary>A fresh browser profile sized like a phone or a desktop.</summary>
    public async Task<IPage> NewPageAsync(bool phone = false)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = BaseUrl,
            Locale = "fr-FR",
            ViewportSize = phone ? new ViewportSize { Width = 390, Height = 844 } : new ViewportSize { Width = 1280, Height = 900 },
        });
        // dotnet test runs every test project at once: on a 2-core machine a page can wait for the CPU far longer than Playwright's 30 s default.
        context.SetDefaultTimeout(90_000);
        context.SetDefaultNavigationTimeout(90_000);
        return await context.NewPageAsync();
    }

    public override async Task DisposeAsync()
    {
        Console.WriteLine(PageChecks.Run.LesserViolations());
        Console.WriteLine(PageChecks.Run.Summary());
        if (_browser is not null)
        {
            await _browser.CloseAsync();
        }

        _playwright?.Dispose();
        await base.DisposeAsync();
    }
}
