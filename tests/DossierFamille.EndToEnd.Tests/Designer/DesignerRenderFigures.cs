using System.Diagnostics;
using System.Globalization;
using DossierFamille.EndToEnd.Tests.Infrastructure;
using DossierFamille.Web.Features.Accounts;
using DossierFamille.Web.Features.Designer;
using DossierFamille.Workflows.Definitions;
using DossierFamille.Workflows.Management;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Xunit.Abstractions;
using static DossierFamille.EndToEnd.Tests.Designer.DesignerSteps;

namespace DossierFamille.EndToEnd.Tests.Designer;

/// <summary>
/// Time to first render of the designer for 50, 200 and 500 activities: performance.now() in the page (from the
/// navigation start) when every node is measured and painted. Printed, never asserted (no test asserts on wall-clock time).
/// </summary>
[Trait("Category", "Designer")]
[Collection(DesignerTestGroup.Name)]
public sealed class DesignerRenderFigures(BrowserPortal portal, ITestOutputHelper output) : IClassFixture<BrowserPortal>
{
    private static readonly string[] Types = ["SetVariable", "Delay", "SendEmail", "HumanTask", "Decision"];

    [Fact]
    public async Task Large_workflows_open_and_stay_editable_in_the_designer()
    {
        var sizes = new[] { 50, 200, 500 };
        foreach (var size in sizes)
        {
            await SaveDraftAsync(size);
        }

        var admin = await portal.NewPageAsync();
        await LoginAsync(admin, await portal.CreateStaffAsync(Roles.Admin));
        await OpenAsync(admin, 50); // warm-up: the bundle is downloaded and compiled once, as for an admin coming back.

        foreach (var size in sizes)
        {
            var renderMs = await OpenAsync(admin, size);
            Assert.Equal(size, await admin.Locator(".react-flow__node").CountAsync());
            Figure(output, $"designer_render_ms_{size}", renderMs);
        }

        // Editable without lag at 200: select an activity, type in its panel, drag it (worst gap between frames), undo, validate.
        await OpenAsync(admin, 200);
        var watch = Stopwatch.StartNew();
        await Node(admin, "a101").ClickAsync();
        await Field(admin, "Durée *").FillAsync("P3D");
        await admin.GetByText("= 3 jours.").WaitForAsync();
        var box = (await Node(admin, "a101").BoundingBoxAsync())!;
        await admin.EvaluateAsync(StartFrames);
        await admin.Mouse.MoveAsync(box.X + (box.Width / 2), box.Y + 10);
        await admin.Mouse.DownAsync();
        await admin.Mouse.MoveAsync(box.X + (box.Width / 2) + 120, box.Y + 90, new() { Steps = 30 });
        await admin.Mouse.UpAsync();
        var worstFrame = await admin.EvaluateAsync<double>(StopFrames);
        await admin.Keyboard.PressAsync("Control+z");
        await admin.Keyboard.PressAsync("Control+z");
        await admin.Locator(".wf-panel").GetByRole(AriaRole.Button, new() { Name = "Fermer" }).ClickAsync();
        await admin.GetByRole(AriaRole.Button, new() { Name = "Valider" }).ClickAsync();
        await Status(admin).Filter(new() { HasText = "Le workflow est valide" }).WaitForAsync();
        Figure(output, "designer_edit_ms_200", watch.ElapsedMilliseconds);
        Figure(output, "designer_drag_worst_frame_ms_200", (long)Math.Round(worstFrame));
    }

    /// <summary>Records the time of every animation frame: a long gap between two frames is a visible lag.</summary>
    private const string StartFrames =
        "() => { window.wfFrames = []; const tick = t => { window.wfFrames.push(t); window.wfRaf = requestAnimationFrame(tick); }; window.wfRaf = requestAnimationFrame(tick); }";

    private const string StopFrames =
        "() => { cancelAnimationFrame(window.wfRaf); const f = window.wfFrames; let worst = 0; for (let i = 1; i < f.length; i++) worst = Math.max(worst, f[i] - f[i - 1]); return worst; }";

    private static async Task<long> OpenAsync(IPage page, int size)
    {
        await page.GotoAsync(DesignerPaths.Designer(DefinitionId(size)));
        await WaitForCanvasReadyAsync(page); // the figures' pages are the designer's, checked by the other designer tests
        var renderMs = await page.Locator("[data-wf-root]").GetAttributeAsync("data-render-ms");
        return long.Parse(renderMs!, CultureInfo.InvariantCulture);
    }

    private static string DefinitionId(int size) => $"figures-{size}";

    /// <summary>A valid chain of <paramref name="size"/> activities of the usual kinds, laid out in rows of ten.</summary>
    private async Task SaveDraftAsync(int size)
    {
        var builder = new WorkflowBuilder(DefinitionId(size), $"Figures {size} activités");
        string? previous = null;
        for (var i = 0; i < size; i++)
        {
            var id = $"a{i}";
            var type = i == 0 ? "Start" : i == size - 1 ? "End" : Types[i % Types.Length];
            var at = (X: (i % 10) * 240, Y: i / 10 * 160);
            builder.Add(id, type, a =>
            {
                a.At(at.X, at.Y);
                _ = type switch
                {
                    "SetVariable" => a.Literal("Variable", "compteur").JavaScript("Value", $"(variables.compteur || 0) + {i}"),
                    "Delay" => a.Literal("Duration", "PT1H"),
                    "SendEmail" => a.JavaScript("To", "variables.destinataires").Literal("Subject", $"Étape {i}").Literal("HtmlBody", $"<p>Étape {i}</p>"),
                    "HumanTask" => a.Literal("Title", $"Vérifier l'étape {i}").Literal("Role", Roles.Gestionnaire).Literal("Outcomes", "Valider"),
                    "Decision" => a.JavaScript("Condition", $"variables.compteur > {i}"),
                    _ => a,
                };
            });
            if (previous is not null)
            {
                foreach (var port in PortsOf(Types[(i - 1) % Types.Length], i - 1))
                {
                    builder.Connect(previous, id, port);
                }
            }

            previous = id;
        }

        await using var scope = portal.Services.CreateAsyncScope();
        var definitions = scope.ServiceProvider.GetRequiredService<IWorkflowDefinitionService>();
        var model = builder.Build();
        Assert.Empty(definitions.Validate(model));
        await definitions.SaveDraftAsync(model);
    }

    private static string[] PortsOf(string type, int index) => index == 0 ? ["Done"] : type switch
    {
        "HumanTask" => ["Valider"],
        "Decision" => ["True", "False"],
        _ => ["Done"],
    };
}
