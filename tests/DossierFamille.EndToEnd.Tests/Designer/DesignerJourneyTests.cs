using System.Text.RegularExpressions;
using DossierFamille.EndToEnd.Tests.Infrastructure;
using DossierFamille.Web.Features.Accounts;
using DossierFamille.Web.Features.Designer;
using DossierFamille.Web.Tests.Infrastructure;
using DossierFamille.Workflows.Definitions;
using DossierFamille.Workflows.Management;
using DossierFamille.Workflows.Runtime;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static DossierFamille.EndToEnd.Tests.Designer.DesignerSteps;

namespace DossierFamille.EndToEnd.Tests.Designer;

[Trait("Category", "Designer")]
[Collection(DesignerTestGroup.Name)]
public sealed class DesignerJourneyTests(BrowserPortal portal) : IClassFixture<BrowserPortal>
{
    private const string ReminderSubject = "Rappel : votre fiche est en cours de vérification";

    [Fact]
    public async Task An_admin_adds_a_reminder_to_the_family_new_fiches_follow_it_older_instances_stay_on_their_version_and_a_gestionnaire_sees_where_it_waits()
    {
        var before = await portal.CreateFamilyAsync();
        var beforeFiche = await TransmitFicheFamilleAsync(portal, before);
        Assert.Equal(1, (await ReviewInstanceAsync(portal, beforeFiche)).DefinitionVersion);

        var admin = await portal.NewPageAsync();
        await LoginAsync(admin, await portal.CreateStaffAsync(Roles.Admin));
        await admin.GotoAsync("/admin");
        await admin.CheckPageAsync();
        await admin.Locator("a.tile", new() { HasText = "Workflows" }).ClickAsync();
        await admin.GetByRole(AriaRole.Link, new() { Name = "Ouvrir « Revue de fiche » dans le concepteur" }).ClickAsync();
        await WaitForCanvasAsync(admin);
        await admin.GetByText("Version 1 (publiée)").WaitForAsync();

        // A third branch on the fork, a Delay dropped from the palette with the mouse and wired by dragging a port.
        await Node(admin, "parallele").ClickAsync();
        await Field(admin, "Branches *").FillAsync("revue, relance, rappelFamille");
        await Node(admin, "parallele").Locator(".react-flow__handle[data-handleid=rappelFamille]").WaitForAsync();
        var pane = admin.Locator(".react-flow__pane");
        var box = (await pane.BoundingBoxAsync())!;
        await admin.Locator(".wf-palette-item[data-type=Delay]").DragToAsync(pane, new() { TargetPosition = new() { X = box.Width - 150, Y = 40 } });
        await Field(admin, "Durée *").FillAsync("P2D");
        await admin.GetByText("= 2 jours.").WaitForAsync();
        await ConnectByMouseAsync(admin, "parallele", "rappelFamille", "delay1");
        await admin.Locator(".react-flow__edge[data-id='parallele:rappelFamille->delay1']").WaitForAsync(new() { State = WaitForSelectorState.Attached });

        // A SendEmail added from the keyboard, its inputs typed in the side panel, wired from the panel.
        await admin.Locator(".wf-palette-item[data-type=SendEmail]").FocusAsync();
        await admin.Keyboard.PressAsync("Enter");
        await admin.GetByLabel("Expression JavaScript pour Destinataire").CheckAsync();
        await Field(admin, "Destinataire *").FillAsync("variables.destinataires");
        await Field(admin, "Objet *").FillAsync(ReminderSubject);
        await Field(admin, "Corps HTML *").FillAsync("<p>Bonjour,</p><p>La mairie vérifie votre fiche : vous recevrez sa décision par e-mail.</p>");
        await Node(admin, "delay1").ClickAsync();
        await admin.GetByLabel("Sortie « Terminé » vers").SelectOptionAsync("sendEmail1");

        await admin.GetByRole(AriaRole.Button, new() { Name = "Publier" }).ClickAsync();
        await Status(admin).Filter(new() { HasText = "Version 2 publiée" }).WaitForAsync();
        await admin.GetByText("Version 2 (publiée)").WaitForAsync();
        await admin.ScreenshotAsync(new() { Path = Path.Combine(Path.GetTempPath(), "dossierfamille-designer-published.png") });

        var after = await portal.CreateFamilyAsync();
        var afterFiche = await TransmitFicheFamilleAsync(portal, after);
        var afterInstance = await ReviewInstanceAsync(portal, afterFiche);
        Assert.Equal(2, afterInstance.DefinitionVersion);

        portal.Clock.Advance(TimeSpan.FromDays(2) + TimeSpan.FromHours(1));
        var reminder = Assert.Single(await Maildev.WaitForAsync(after.Email, e => e.Subject == ReminderSubject));
        Assert.Contains("La mairie vérifie votre fiche", reminder.Html, StringComparison.Ordinal);
        var beforeInstance = await ReviewInstanceAsync(portal, beforeFiche);
        Assert.Equal(1, beforeInstance.DefinitionVersion);
        Assert.Equal(WorkflowStatus.Suspended, beforeInstance.Status);
        Assert.Empty(await Maildev.ToAsync(before.Email, e => e.Subject == ReminderSubject));

        // The gestionnaire goes from the review page to the instance: the review task waits, the reminder went out.
        var gestionnaire = await portal.NewPageAsync();
        await LoginAsync(gestionnaire, await portal.CreateStaffAsync(Roles.Gestionnaire));
        await gestionnaire.GotoAsync($"/gestion/fiches/{afterFiche}");
        await gestionnaire.GetByRole(AriaRole.Link, new() { Name = "Voir le workflow de cette fiche" }).ClickAsync();
        await gestionnaire.WaitForURLAsync($"**{DesignerPaths.Instance(afterInstance.Id)}");
        await WaitForCanvasAsync(gestionnaire);
        var review = Node(gestionnaire, "revue").Locator(".wf-node");
        Assert.Equal("waiting", await review.GetAttributeAsync("data-state"));
        Assert.Contains("wf-state-waiting", await review.GetAttributeAsync("class"), StringComparison.Ordinal);
        Assert.Equal("1", (await Node(gestionnaire, "revue").Locator("[data-count-kind=waiting]").InnerTextAsync()).Split(' ')[^1]);
        Assert.Equal("completed", await Node(gestionnaire, "sendEmail1").Locator(".wf-node").GetAttributeAsync("data-state"));
        Assert.Equal("waiting", await Node(gestionnaire, "relance").Locator(".wf-node").GetAttributeAsync("data-state"));
        await gestionnaire.GetByText("En attente sur : revue, relance").WaitForAsync();
        Assert.Equal(0, await gestionnaire.GetByRole(AriaRole.Button, new() { Name = "Annuler l'instance" }).CountAsync());
        await gestionnaire.GetByRole(AriaRole.Tab, new() { Name = "Tâches humaines (1)" }).ClickAsync();
        await gestionnaire.GetByRole(AriaRole.Tabpanel).GetByText("Ouverte").WaitForAsync();
        await gestionnaire.GetByRole(AriaRole.Tab, new() { NameRegex = new Regex("^Variables") }).ClickAsync();
        await gestionnaire.GetByRole(AriaRole.Tabpanel).GetByText(after.Email).WaitForAsync();
        await Node(gestionnaire, "sendEmail1").ClickAsync();
        await gestionnaire.GetByRole(AriaRole.Tabpanel).Locator("tr[data-activity-id=sendEmail1][data-event=Completed]").WaitForAsync();
        await gestionnaire.ScreenshotAsync(new() { Path = Path.Combine(Path.GetTempPath(), "dossierfamille-instance-viewer.png"), FullPage = true });

        // From a family page, one click: the family has one instance, the link opens it; the older one shows version 1.
        await gestionnaire.GotoAsync(DesignerPaths.FamilyInstances(await FamilyIdAsync(portal, after)));
        await gestionnaire.WaitForURLAsync($"**{DesignerPaths.Instance(afterInstance.Id)}");
        await gestionnaire.GotoAsync(DesignerPaths.FamilyInstances(await FamilyIdAsync(portal, before)));
        await gestionnaire.WaitForURLAsync($"**{DesignerPaths.Instance(beforeInstance.Id)}");
        await WaitForCanvasAsync(gestionnaire);
        Assert.Equal(0, await Node(gestionnaire, "delay1").CountAsync());
        await gestionnaire.Locator(".wf-viewer").GetByText("Version 1", new() { Exact = true }).WaitForAsync();
    }

    [Fact]
    public async Task A_faulted_instance_shows_its_incident_in_red_and_only_an_admin_retries_skips_or_cancels_it()
    {
        var id = $"erreur-{Guid.NewGuid():N}"[..14];
        var model = new WorkflowBuilder(id, "Calcul en erreur")
            .Add("debut", "Start", a => a.At(0, 0))
            .Add("calcul", "SetVariable", a => a.Literal("Variable", "total").JavaScript("Value", "variables.panier.total").At(0, 140))
            .Add("fin", "End", a => a.At(0, 280))
            .Sequence("debut", "calcul", "fin")
            .Build();
        Guid retried, skipped;
        await using (var scope = portal.Services.CreateAsyncScope())
        {
            Assert.True((await scope.ServiceProvider.GetRequiredService<IWorkflowDefinitionService>().PublishIfAbsentAsync(model)).Published);
            var runtime = scope.ServiceProvider.GetRequiredService<IWorkflowRuntime>();
            retried = (await runtime.StartAsync(id, correlationId: "panier-1")).InstanceId;
            skipped = (await runtime.StartAsync(id, correlationId: "panier-2")).InstanceId;
        }

        var gestionnaire = await portal.NewPageAsync();
        await LoginAsync(gestionnaire, await portal.CreateStaffAsync(Roles.Gestionnaire));
        await gestionnaire.GotoAsync($"{DesignerPaths.InstancesOf(id)}&etat=Faulted");
        await gestionnaire.CheckPageAsync();
        await gestionnaire.GetByRole(AriaRole.Link, new() { Name = "Voir l'instance : Calcul en erreur" }).First.ClickAsync();
        await WaitForCanvasAsync(gestionnaire);
        Assert.Equal("faulted", await Node(gestionnaire, "calcul").Locator(".wf-node").GetAttributeAsync("data-state"));
        Assert.Equal("completed", await Node(gestionnaire, "debut").Locator(".wf-node").GetAttributeAsync("data-state"));
        await gestionnaire.GetByRole(AriaRole.Tab, new() { Name = "Incidents (1, 1 non résolu)" }).ClickAsync();
        await gestionnaire.GetByRole(AriaRole.Tabpanel).GetByText("Non résolu").WaitForAsync();
        Assert.Equal(0, await gestionnaire.GetByRole(AriaRole.Button, new() { Name = "Relancer" }).CountAsync());

        var admin = await portal.NewPageAsync();
        admin.Dialog += async (_, dialog) => await dialog.AcceptAsync();
        await LoginAsync(admin, await portal.CreateStaffAsync(Roles.Admin));
        await admin.GotoAsync(DesignerPaths.Instance(retried));
        await WaitForCanvasAsync(admin);
        await admin.GetByRole(AriaRole.Button, new() { Name = "Relancer" }).ClickAsync();
        await admin.GetByText("Relance faite, mais une activité est de nouveau en erreur").WaitForAsync();
        await admin.GetByRole(AriaRole.Tab, new() { Name = "Incidents (2, 1 non résolu)" }).WaitForAsync();
        await admin.GetByRole(AriaRole.Button, new() { Name = "Annuler l'instance" }).ClickAsync();
        await admin.GetByText("Instance annulée.").WaitForAsync();
        Assert.Equal("Cancelled", await admin.Locator(".wf-status-pill").GetAttributeAsync("data-status"));

        await admin.GotoAsync(DesignerPaths.Instance(skipped));
        await WaitForCanvasAsync(admin);
        await admin.GetByRole(AriaRole.Button, new() { Name = "Passer l’activité en erreur" }).ClickAsync();
        await admin.Locator(".wf-status-pill[data-status=Finished]").WaitForAsync();
        Assert.Equal("completed", await Node(admin, "fin").Locator(".wf-node").GetAttributeAsync("data-state"));
    }
}