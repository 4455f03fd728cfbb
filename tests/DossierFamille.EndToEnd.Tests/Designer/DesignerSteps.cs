using System.Globalization;
using DossierFamille.EndToEnd.Tests.Infrastructure;
using DossierFamille.Web.Data;
using DossierFamille.Web.Features.Dossier;
using DossierFamille.Web.Tests.Infrastructure;
using DossierFamille.Workflows.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace DossierFamille.EndToEnd.Tests.Designer;

/// <summary>What an admin, a gestionnaire or a parent does around the designer and the instance viewer.</summary>
internal static class DesignerSteps
{
    public static async Task LoginAsync(IPage page, string userName)
    {
        await page.GotoAsync("/connexion");
        await page.GetByLabel("Identifiant").FillAsync(userName);
        await page.GetByLabel("Mot de passe", new() { Exact = true }).FillAsync(TestFamily.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Se connecter" }).ClickAsync();
        await page.WaitForURLAsync(url => !url.Contains("/connexion", StringComparison.Ordinal));
        await page.CheckPageAsync();
    }

    /// <summary>
    /// Waits until every node of the canvas is measured and painted (set by the front-end's ReadyMarker). Polled every
    /// 100 ms rather than at each frame, so that waiting does not slow the render it waits for.
    /// </summary>
    public static Task WaitForCanvasReadyAsync(IPage page) =>
        page.WaitForFunctionAsync("() => document.querySelector('[data-wf-root]')?.dataset.ready === 'true'", null, new() { PollingInterval = 100, Timeout = 90_000 });

    /// <summary>The canvas is ready, then the page is checked like every page the tests visit.</summary>
    public static async Task WaitForCanvasAsync(IPage page)
    {
        await WaitForCanvasReadyAsync(page);
        await page.CheckPageAsync();
    }

    public static ILocator Node(IPage page, string activityId) => page.Locator($".react-flow__node[data-id=\"{activityId}\"]");

    public static ILocator Field(IPage page, string label) => page.Locator(".wf-panel").GetByRole(AriaRole.Textbox, new() { Name = label, Exact = true });

    public static ILocator Status(IPage page) => page.Locator(".wf-designer > .wf-status");

    /// <summary>Drags from an outcome port of one activity to the "In" port of another, as with a mouse.</summary>
    public static async Task ConnectByMouseAsync(IPage page, string sourceId, string port, string targetId)
    {
        // Both ports in sight first: a node added from the palette may land below the visible canvas.
        await page.Locator(".react-flow__controls-fitview").ClickAsync();
        await page.WaitForTimeoutAsync(300); // lets the viewport settle before the ports are measured
        var from = await Node(page, sourceId).Locator($".react-flow__handle[data-handleid=\"{port}\"]").BoundingBoxAsync() ?? throw new InvalidOperationException($"No port {port} on {sourceId}");
        var to = await Node(page, targetId).Locator(".react-flow__handle[data-handleid=\"In\"]").BoundingBoxAsync() ?? throw new InvalidOperationException($"No In port on {targetId}");
        await page.Mouse.MoveAsync(from.X + (from.Width / 2), from.Y + (from.Height / 2));
        await page.Mouse.DownAsync();
        await page.Mouse.MoveAsync(to.X + (to.Width / 2), to.Y + (to.Height / 2), new() { Steps = 12 });
        await page.Mouse.UpAsync();
    }

    /// <summary>A parent fills the fiche famille, adds its pièces and transmits it (HTTP, like a browser without JavaScript); returns its id.</summary>
    public static async Task<int> TransmitFicheFamilleAsync(BrowserPortal portal, TestFamily family)
    {
        await portal.AddChildAsync(family);
        // The factory's client follows redirects when the server is Kestrel; the dossier steps read them.
        var parent = new PortalClient(new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = false, UseCookies = true, CookieContainer = new() }) { BaseAddress = new Uri(portal.BaseUrl) });
        await parent.SignInAsync(family.UserName, TestFamily.Password);
        return (await DossierSteps.TransmitFicheFamilleAsync(parent, portal, family)).Id;
    }

    /// <summary>The "Revue de fiche" instance of a fiche.</summary>
    public static async Task<WfInstance> ReviewInstanceAsync(BrowserPortal portal, int ficheId)
    {
        var correlation = ficheId.ToString(CultureInfo.InvariantCulture);
        await using var scope = portal.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        return await db.Set<WfInstance>().AsNoTracking().SingleAsync(i => i.DefinitionId == FicheReviewWorkflow.DefinitionId && i.CorrelationId == correlation);
    }

    public static async Task<int> FamilyIdAsync(BrowserPortal portal, TestFamily family)
    {
        await using var scope = portal.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<AppDbContext>().Families.Where(f => f.Reference == family.Reference).Select(f => f.Id).SingleAsync();
    }

    /// <summary>Prints a figure to the test output and to the console, so that it shows in the dotnet test log.</summary>
    public static void Figure(ITestOutputHelper output, string name, long value)
    {
        var line = string.Create(CultureInfo.InvariantCulture, $"{name}={value}");
        output.WriteLine(line);
        Console.WriteLine(line);
    }
}
