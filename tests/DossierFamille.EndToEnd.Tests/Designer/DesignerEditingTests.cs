using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using DossierFamille.EndToEnd.Tests.Infrastructure;
using DossierFamille.Web.Features.Accounts;
using DossierFamille.Web.Features.Designer;
using DossierFamille.Web.Features.Dossier;
using DossierFamille.Workflows.Management;
using DossierFamille.Workflows.Persistence;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static DossierFamille.EndToEnd.Tests.Designer.DesignerSteps;

namespace DossierFamille.EndToEnd.Tests.Designer;

[Trait("Category", "Designer")]
[Collection(DesignerTestGroup.Name)]
public sealed partial class DesignerEditingTests(BrowserPortal portal) : IClassFixture<BrowserPortal>
{
    [Fact]
    public async Task Invalid_edits_cannot_be_published_and_the_designer_says_why_at_the_nodes_and_fields()
    {
        var published = await PublishedVersionAsync(FicheReviewWorkflow.DefinitionId);
        var admin = await portal.NewPageAsync();
        await LoginAsync(admin, await portal.CreateStaffAsync(Roles.Admin));
        await admin.GotoAsync(DesignerPaths.Designer(FicheReviewWorkflow.DefinitionId));
        await WaitForCanvasAsync(admin);

        await Node(admin, "parallele").ClickAsync();
        await Field(admin, "Branches *").FillAsync("revue, relance, oubli");
        await Node(admin, "acceptee").ClickAsync();
        await Field(admin, "Condition *").FillAsync("variables.accepte ===");
        var fieldError = admin.Locator(".wf-panel .wf-field-invalid [role=alert]");
        await fieldError.Filter(new() { HasText = "ne compile pas" }).WaitForAsync();
        Assert.Equal("true", await Field(admin, "Condition *").GetAttributeAsync("aria-invalid"));

        await admin.GetByRole(AriaRole.Button, new() { Name = "Publier" }).ClickAsync();
        var status = Status(admin).Filter(new() { HasText = "Publication impossible" });
        await status.WaitForAsync();
        var message = await status.InnerTextAsync();
        Assert.Contains("la sortie « oubli » n'est reliée à rien", message, StringComparison.Ordinal);
        Assert.Contains("Activité 'acceptee' : l'expression JavaScript de Condition ne compile pas", message, StringComparison.Ordinal);
        Assert.Equal("true", await Node(admin, "parallele").Locator(".wf-node").GetAttributeAsync("data-invalid"));
        Assert.Equal("true", await Node(admin, "acceptee").Locator(".wf-node").GetAttributeAsync("data-invalid"));
        Assert.Null(await Node(admin, "revue").Locator(".wf-node").GetAttributeAsync("data-invalid"));
        await Node(admin, "parallele").GetByText("la sortie « oubli » n'est reliée à rien").WaitForAsync();
        Assert.Equal(published, await PublishedVersionAsync(FicheReviewWorkflow.DefinitionId));

        // Fixed, it is valid again: the errors leave the nodes.
        await Field(admin, "Condition *").FillAsync("variables.accepte === true");
        await Node(admin, "parallele").ClickAsync();
        await Field(admin, "Branches *").FillAsync("revue, relance");
        await admin.GetByRole(AriaRole.Button, new() { Name = "Valider" }).ClickAsync();
        await Status(admin).Filter(new() { HasText = "Le workflow est valide" }).WaitForAsync();
        Assert.Equal(0, await admin.Locator(".wf-node[data-invalid]").CountAsync());
    }

    [Fact]
    public async Task An_admin_builds_a_workflow_with_keyboard_and_mouse_saves_publishes_exports_rolls_back_and_imports()
    {
        var id = $"essai-{Guid.NewGuid():N}"[..14];
        var admin = await portal.NewPageAsync();
        admin.Dialog += async (_, dialog) => await dialog.AcceptAsync();
        await LoginAsync(admin, await portal.CreateStaffAsync(Roles.Admin));
        await admin.GotoAsync(DesignerPaths.Workflows);
        await admin.CheckPageAsync();
        await admin.GetByLabel("Identifiant (lettres minuscules, chiffres et tirets)").FillAsync(id);
        await admin.GetByRole(AriaRole.Button, new() { Name = "Créer dans le concepteur" }).ClickAsync();
        await WaitForCanvasAsync(admin);
        await Status(admin).Filter(new() { HasText = "Nouveau workflow" }).WaitForAsync();

        // Keyboard only: add a Delay from the palette, type its duration, select the start node and wire its output.
        await admin.Locator(".wf-palette-item[data-type=Delay]").FocusAsync();
        await admin.Keyboard.PressAsync("Enter");
        await Field(admin, "Durée *").FocusAsync();
        await admin.Keyboard.TypeAsync("PT4H");
        await admin.GetByText("= 4 heures.").WaitForAsync();
        await Node(admin, "debut").FocusAsync();
        await admin.Keyboard.PressAsync("Enter");
        await admin.GetByLabel("Sortie « Terminé » vers").FocusAsync();
        await admin.GetByLabel("Sortie « Terminé » vers").SelectOptionAsync("delay1");

        // Search the palette, add an End, wire it with the mouse.
        await admin.GetByRole(AriaRole.Searchbox, new() { Name = "Rechercher une activité" }).FillAsync("fin");
        await admin.Locator(".wf-palette-item[data-type=End]").ClickAsync();
        await ConnectByMouseAsync(admin, "delay1", "Done", "end1");
        await admin.Locator(".react-flow__edge[data-id='delay1:Done->end1']").WaitForAsync(new() { State = WaitForSelectorState.Attached });

        // Move with the arrows and with the mouse.
        var before = await PositionAsync(admin, "delay1");
        await Node(admin, "delay1").FocusAsync();
        await admin.Keyboard.PressAsync("Enter");
        await admin.Keyboard.PressAsync("Shift+ArrowRight");
        await admin.Keyboard.PressAsync("Shift+ArrowRight");
        Assert.True((await PositionAsync(admin, "delay1")).X > before.X);
        var endBox = (await Node(admin, "end1").BoundingBoxAsync())!;
        var endBefore = await PositionAsync(admin, "end1");
        await admin.Mouse.MoveAsync(endBox.X + 40, endBox.Y + 15);
        await admin.Mouse.DownAsync();
        await admin.Mouse.MoveAsync(endBox.X + 140, endBox.Y + 75, new() { Steps = 8 });
        await admin.Mouse.UpAsync();
        Assert.NotEqual(endBefore, await PositionAsync(admin, "end1"));

        // Delete, undo, redo, undo.
        await Node(admin, "end1").ClickAsync();
        await admin.Keyboard.PressAsync("Delete");
        await Node(admin, "end1").WaitForAsync(new() { State = WaitForSelectorState.Detached });
        await admin.Keyboard.PressAsync("Control+z");
        await Node(admin, "end1").WaitForAsync();
        await admin.Locator(".react-flow__edge[data-id='delay1:Done->end1']").WaitForAsync(new() { State = WaitForSelectorState.Attached });
        await admin.GetByRole(AriaRole.Button, new() { Name = "Rétablir" }).ClickAsync();
        await Node(admin, "end1").WaitForAsync(new() { State = WaitForSelectorState.Detached });
        await admin.GetByRole(AriaRole.Button, new() { Name = "Annuler", Exact = true }).ClickAsync();
        await Node(admin, "end1").WaitForAsync();

        // Zoom, then auto-layout puts the three activities one below the other.
        var zoom = await ZoomAsync(admin);
        await admin.GetByRole(AriaRole.Button, new() { Name = "Zoom arrière" }).ClickAsync();
        await admin.WaitForFunctionAsync(
            "zoom => Number(/scale\\(([\\d.]+)\\)/.exec(document.querySelector('.react-flow__viewport').style.transform)[1]) < zoom", zoom);
        await admin.GetByRole(AriaRole.Button, new() { Name = "Disposition automatique" }).ClickAsync();
        await admin.WaitForFunctionAsync(
            "() => { const y = id => Number(/translate\\([^,]+, ?(-?[\\d.]+)px/.exec(document.querySelector(`.react-flow__node[data-id=${id}]`).style.transform)[1]); return y('debut') < y('delay1') && y('delay1') < y('end1'); }");
        var (start, delay, end) = (await PositionAsync(admin, "debut"), await PositionAsync(admin, "delay1"), await PositionAsync(admin, "end1"));
        Assert.True(start.Y < delay.Y && delay.Y < end.Y && start.X == delay.X, $"{start} {delay} {end}");

        await admin.Keyboard.PressAsync("Control+s");
        await Status(admin).Filter(new() { HasText = "Brouillon enregistré (version 1)" }).WaitForAsync();
        await admin.GetByRole(AriaRole.Button, new() { Name = "Publier" }).ClickAsync();
        await Status(admin).Filter(new() { HasText = "Version 1 publiée" }).WaitForAsync();

        var download = await admin.RunAndWaitForDownloadAsync(() => admin.GetByRole(AriaRole.Button, new() { Name = "Exporter (JSON)" }).ClickAsync());
        var exported = JsonNode.Parse(await File.ReadAllTextAsync((await download.PathAsync())!))!;
        Assert.Equal(id, (string?)exported["definitionId"]);
        Assert.Equal("PT4H", (string?)exported["root"]!["activities"]!.AsArray().Single(a => (string?)a!["id"] == "delay1")!["inputs"]!["Duration"]!["value"]);

        // A published workflow edited becomes a draft (version 2); rolling back to version 1 makes a draft of it.
        await Node(admin, "delay1").ClickAsync();
        await Field(admin, "Durée *").FillAsync("PT8H");
        await admin.GetByRole(AriaRole.Button, new() { Name = "Enregistrer le brouillon" }).ClickAsync();
        await Status(admin).Filter(new() { HasText = "Brouillon enregistré (version 2)" }).WaitForAsync();
        await admin.GetByText("Version 2 (brouillon) – la version 1 publiée reste en service").WaitForAsync();
        await admin.Locator(".wf-panel").GetByRole(AriaRole.Button, new() { Name = "Fermer" }).ClickAsync();
        await admin.GetByRole(AriaRole.Button, new() { Name = "Restaurer la version 1" }).ClickAsync();
        await Status(admin).Filter(new() { HasText = "Version 1 restaurée comme brouillon (version 2)" }).WaitForAsync();
        await Node(admin, "delay1").ClickAsync();
        Assert.Equal("PT4H", await Field(admin, "Durée *").InputValueAsync());

        // Import the exported file under another name: it becomes the draft.
        exported["name"] = "Rappel importé";
        var file = Path.Combine(Path.GetTempPath(), $"{id}.json");
        await File.WriteAllTextAsync(file, exported.ToJsonString());
        await admin.Locator(".wf-file input[type=file]").SetInputFilesAsync(file);
        await Status(admin).Filter(new() { HasText = "Fichier importé comme brouillon (version 2)" }).WaitForAsync();
        Assert.Equal("Rappel importé", await admin.GetByLabel("Nom", new() { Exact = true }).InputValueAsync());
        File.Delete(file);

        await using var scope = portal.Services.CreateAsyncScope();
        var versions = await scope.ServiceProvider.GetRequiredService<IWorkflowDefinitionService>().VersionsAsync(id);
        Assert.Equal([(2, DefinitionStatus.Draft), (1, DefinitionStatus.Published)], versions.Select(v => (v.Version, v.Status)));
    }

    [Fact]
    public async Task An_elsa_export_shows_what_would_not_be_imported_before_anything_is_saved()
    {
        var id = $"elsa-{Guid.NewGuid():N}"[..13];
        var export = new JsonObject
        {
            ["definitionId"] = id,
            ["name"] = "Exporté d'Elsa",
            ["variables"] = new JsonArray(),
            ["root"] = new JsonObject
            {
                ["type"] = "Elsa.Flowchart",
                ["activities"] = new JsonArray(
                    new JsonObject { ["id"] = "debut", ["type"] = "Elsa.Start", ["metadata"] = Position(0) },
                    new JsonObject
                    {
                        ["id"] = "ecrire", ["name"] = "WriteLine1", ["type"] = "Elsa.WriteLine", ["metadata"] = Position(250),
                        ["text"] = new JsonObject { ["typeName"] = "String", ["expression"] = new JsonObject { ["type"] = "Literal", ["value"] = "Bonjour" } },
                    },
                    new JsonObject
                    {
                        ["id"] = "http", ["name"] = "SendHttpRequest1", ["type"] = "Elsa.SendHttpRequest", ["metadata"] = Position(500),
                        ["url"] = new JsonObject { ["typeName"] = "Uri", ["expression"] = new JsonObject { ["type"] = "Literal", ["value"] = "https://crm.example" } },
                    }),
                ["connections"] = new JsonArray(
                    new JsonObject { ["source"] = new JsonObject { ["activity"] = "debut", ["port"] = "Done" }, ["target"] = new JsonObject { ["activity"] = "ecrire", ["port"] = "In" } }),
            },
        };
        var file = Path.Combine(Path.GetTempPath(), $"{id}.json");
        await File.WriteAllTextAsync(file, export.ToJsonString());
        var admin = await portal.NewPageAsync();
        await LoginAsync(admin, await portal.CreateStaffAsync(Roles.Admin));
        await admin.GotoAsync(DesignerPaths.Designer(id));
        await WaitForCanvasAsync(admin);

        var dialogs = new List<string>();
        var accept = false;
        admin.Dialog += async (_, dialog) =>
        {
            if (dialog.Message.StartsWith("Les modifications non enregistrées", StringComparison.Ordinal))
            {
                await dialog.AcceptAsync();
                return;
            }

            dialogs.Add(dialog.Message);
            await (accept ? dialog.AcceptAsync() : dialog.DismissAsync());
        };
        await admin.Locator(".wf-file input[type=file]").SetInputFilesAsync(file);
        await Status(admin).Filter(new() { HasText = "Import annulé : rien n'a été enregistré." }).WaitForAsync();
        Assert.Contains("• Activité « SendHttpRequest1 » (Elsa.SendHttpRequest) non importée : aucune activité équivalente ici.", Assert.Single(dialogs), StringComparison.Ordinal);
        Assert.Contains("• Activité « SendHttpRequest1 » (Elsa.SendHttpRequest) : entrée « url » non importée avec son activité.", dialogs[0], StringComparison.Ordinal);
        await using (var scope = portal.Services.CreateAsyncScope())
        {
            Assert.Empty(await scope.ServiceProvider.GetRequiredService<IWorkflowDefinitionService>().VersionsAsync(id));
        }

        accept = true;
        await admin.Locator(".wf-file input[type=file]").SetInputFilesAsync(file);
        await Status(admin).Filter(new() { HasText = "Fichier importé comme brouillon (version 1)" }).WaitForAsync();
        Assert.Equal("Exporté d'Elsa", await admin.GetByLabel("Nom", new() { Exact = true }).InputValueAsync());
        await Node(admin, "ecrire").ClickAsync();
        Assert.Equal("Bonjour", await Field(admin, "Texte *").InputValueAsync());
        Assert.Equal(0, await Node(admin, "http").CountAsync());
        File.Delete(file);
    }

    private static JsonObject Position(int x) => new() { ["designer"] = new JsonObject { ["position"] = new JsonObject { ["x"] = x, ["y"] = 0 } } };

    private async Task<int?> PublishedVersionAsync(string definitionId)
    {
        await using var scope = portal.Services.CreateAsyncScope();
        var versions = await scope.ServiceProvider.GetRequiredService<IWorkflowDefinitionService>().VersionsAsync(definitionId);
        return versions.SingleOrDefault(v => v.Status == DefinitionStatus.Published)?.Version;
    }

    private static async Task<(double X, double Y)> PositionAsync(IPage page, string activityId)
    {
        var transform = await Node(page, activityId).EvaluateAsync<string>("n => n.style.transform");
        var match = Translate().Match(transform);
        return (double.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture), double.Parse(match.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture));
    }

    private static async Task<double> ZoomAsync(IPage page)
    {
        var transform = await page.Locator(".react-flow__viewport").EvaluateAsync<string>("n => n.style.transform");
        return double.Parse(Scale().Match(transform).Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
    }

    [GeneratedRegex(@"translate\((-?[\d.]+)px, ?(-?[\d.]+)px\)")]
    private static partial Regex Translate();

    [GeneratedRegex(@"scale\(([\d.]+)\)")]
    private static partial Regex Scale();
}
