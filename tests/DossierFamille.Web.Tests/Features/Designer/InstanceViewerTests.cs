using System.Globalization;
using System.Net;
using System.Text.Json.Nodes;
using DossierFamille.Web.Data;
using DossierFamille.Web.Features.Accounts;
using DossierFamille.Web.Features.Designer;
using DossierFamille.Web.Features.Dossier;
using DossierFamille.Web.Tests.Infrastructure;
using DossierFamille.Workflows.Persistence;
using DossierFamille.Workflows.Runtime;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DossierFamille.Web.Tests.Features.Designer;

public abstract class InstanceViewerTests<TPortal>(TPortal portal) : IClassFixture<TPortal>
    where TPortal : PortalFactory
{
    [Fact]
    public async Task The_designer_is_for_admins_and_the_instance_pages_for_gestionnaires_and_admins()
    {
        var family = await portal.CreateFamilyAsync();
        var parent = PortalClient.For(portal);
        await parent.SignInAsync(family.UserName, TestFamily.Password);
        var gestionnaire = await SignedInStaffAsync(Roles.Gestionnaire);
        var admin = await SignedInStaffAsync(Roles.Admin);

        foreach (var url in new[] { DesignerPaths.Workflows, DesignerPaths.Designer(FicheReviewWorkflow.DefinitionId), DesignerPaths.Instances })
        {
            using var response = await parent.GetAsync(url);
            Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        }

        foreach (var url in new[] { DesignerPaths.Workflows, DesignerPaths.Designer(FicheReviewWorkflow.DefinitionId) })
        {
            using var response = await gestionnaire.GetAsync(url);
            Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        }

        Assert.Contains("Suivi des workflows", await gestionnaire.PageAsync(DesignerPaths.Instances), StringComparison.Ordinal);
        var list = await admin.PageAsync(DesignerPaths.Workflows);
        Assert.Contains("Ouvrir<span class=\"visually-hidden\"> « Revue de fiche »</span> dans le concepteur", list, StringComparison.Ordinal);
        var designer = await admin.PageAsync(DesignerPaths.Designer(FicheReviewWorkflow.DefinitionId));
        Assert.Contains("data-mode=\"designer\" data-definition-id=\"revue-fiche\"", designer, StringComparison.Ordinal);
        Assert.Matches("<script src=\"designer/dist/designer\\.[a-z0-9]+\\.js\" defer>", designer);
    }

    [Fact]
    public async Task A_gestionnaire_finds_a_family_s_review_by_name_reference_or_id_and_only_an_admin_cancels_it()
    {
        var family = await portal.CreateFamilyAsync();
        await portal.AddChildAsync(family);
        var parent = PortalClient.For(portal);
        await parent.SignInAsync(family.UserName, TestFamily.Password);
        var fiche = await DossierSteps.TransmitFicheFamilleAsync(parent, portal, family);
        var (instanceId, familyId, familyName) = await InstanceOfAsync(fiche.Id);

        var gestionnaire = await SignedInStaffAsync(Roles.Gestionnaire);
        foreach (var filter in new[] { family.Reference, familyName.ToLowerInvariant(), familyId.ToString(CultureInfo.InvariantCulture) })
        {
            var found = await gestionnaire.PageAsync($"{DesignerPaths.Instances}?famille={Uri.EscapeDataString(filter)}");
            Assert.Contains($"href=\"{DesignerPaths.Instance(instanceId)}\"", found, StringComparison.Ordinal);
            Assert.Contains(fiche.Title, found, StringComparison.Ordinal);
        }

        Assert.Contains("Aucune famille ne correspond", await gestionnaire.PageAsync($"{DesignerPaths.Instances}?famille=ZZZ-inconnue"), StringComparison.Ordinal);
        using (var oneClick = await gestionnaire.GetAsync(DesignerPaths.FamilyInstances(familyId)))
        {
            Assert.Equal(HttpStatusCode.Redirect, oneClick.StatusCode);
            Assert.Equal(DesignerPaths.Instance(instanceId), oneClick.RedirectPath());
        }

        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeBySystemTimeZoneId(DateTime.UtcNow, "Europe/Paris"));
        var day = today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var yesterday = today.AddDays(-1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        Assert.Contains(fiche.Title, await gestionnaire.PageAsync($"{DesignerPaths.Instances}?definition=revue-fiche&etat=Suspended&correlation={fiche.Id}&du={day}&au={day}"), StringComparison.Ordinal);
        Assert.DoesNotContain(fiche.Title, await gestionnaire.PageAsync($"{DesignerPaths.Instances}?correlation={fiche.Id}&au={yesterday}"), StringComparison.Ordinal);
        Assert.DoesNotContain(fiche.Title, await gestionnaire.PageAsync($"{DesignerPaths.Instances}?correlation={fiche.Id}&etat=Finished"), StringComparison.Ordinal);

        var review = await gestionnaire.PageAsync($"/gestion/fiches/{fiche.Id}");
        Assert.Contains($"<a href=\"{DesignerPaths.Instance(instanceId)}\">Voir le workflow de cette fiche</a>", review, StringComparison.Ordinal);
        var viewer = await gestionnaire.PageAsync(DesignerPaths.Instance(instanceId));
        Assert.Contains("data-mode=\"viewer\"", viewer, StringComparison.Ordinal);
        Assert.Contains("data-can-manage=\"false\"", viewer, StringComparison.Ordinal);
        Assert.Contains(familyName, viewer, StringComparison.Ordinal);
        Assert.Contains($"<a href=\"/gestion/fiches/{fiche.Id}\">{fiche.Title}</a>", viewer, StringComparison.Ordinal);
        var tasks = JsonNode.Parse(await gestionnaire.PageAsync($"/api/workflows/instances/{instanceId}/tasks"))!.AsArray();
        Assert.Equal(FicheReviewWorkflow.ReviewActivity, (string?)Assert.Single(tasks)!["activityId"]);

        using (var refused = await gestionnaire.ApiPostAsync(DesignerPaths.Instance(instanceId), $"/api/workflows/instances/{instanceId}/cancel"))
        {
            Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        }

        var admin = await SignedInStaffAsync(Roles.Admin);
        Assert.Contains("data-can-manage=\"true\"", await admin.PageAsync(DesignerPaths.Instance(instanceId)), StringComparison.Ordinal);
        using (var cancelled = await admin.ApiPostAsync(DesignerPaths.Instance(instanceId), $"/api/workflows/instances/{instanceId}/cancel"))
        {
            Assert.Equal(HttpStatusCode.NoContent, cancelled.StatusCode);
        }

        Assert.Contains(fiche.Title, await gestionnaire.PageAsync($"{DesignerPaths.Instances}?correlation={fiche.Id}&etat=Cancelled"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Only_an_admin_sends_a_signal_by_name_through_the_api()
    {
        var gestionnaire = await SignedInStaffAsync(Roles.Gestionnaire);
        var admin = await SignedInStaffAsync(Roles.Admin);
        var correlation = Guid.NewGuid().ToString("N");

        // What a gestionnaire could do before: start the review of a draft fiche, send a receipt again.
        foreach (var signal in new[] { DossierService.TransmittedSignal, Web.Features.Reglements.ReglementSignatures.SignedSignal })
        {
            using var refused = await gestionnaire.ApiPostAsync(DesignerPaths.Instances, $"/api/workflows/signals/{signal}", SignalBody(correlation));
            Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        }

        using (var sent = await admin.ApiPostAsync(DesignerPaths.Instances, $"/api/workflows/signals/Test{correlation}", SignalBody(correlation)))
        {
            Assert.Equal(HttpStatusCode.OK, sent.StatusCode);
            Assert.True((bool)JsonNode.Parse(await sent.Content.ReadAsStringAsync())!["queued"]!);
        }

        await using var scope = portal.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        Assert.Equal([$"Test{correlation}"], await db.Set<WfQueuedStimulus>().Where(s => s.CorrelationId == correlation).Select(s => s.Name).ToListAsync());
        Assert.False(await db.Set<WfInstance>().AnyAsync(i => i.CorrelationId == correlation));
    }

    private static StringContent SignalBody(string correlation) =>
        new($"{{\"correlationId\":\"{correlation}\"}}", System.Text.Encoding.UTF8, "application/json");

    [Fact]
    public async Task An_unknown_instance_answers_404()
    {
        var gestionnaire = await SignedInStaffAsync(Roles.Gestionnaire);

        using var response = await gestionnaire.GetAsync(DesignerPaths.Instance(Guid.NewGuid()));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    private async Task<PortalClient> SignedInStaffAsync(string role)
    {
        var client = PortalClient.For(portal);
        await client.SignInAsync(await portal.CreateStaffAsync(role), TestFamily.Password);
        return client;
    }

    private async Task<(Guid InstanceId, int FamilyId, string FamilyName)> InstanceOfAsync(int ficheId)
    {
        await using var scope = portal.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var correlation = ficheId.ToString(CultureInfo.InvariantCulture);
        var instance = await db.Set<WfInstance>().SingleAsync(i => i.DefinitionId == FicheReviewWorkflow.DefinitionId && i.CorrelationId == correlation);
        Assert.Equal(WorkflowStatus.Suspended, instance.Status);
        var family = await db.Fiches.Where(f => f.Id == ficheId).Join(db.Families, f => f.FamilyId, f => f.Id, (_, f) => new { f.Id, f.Name }).SingleAsync();
        return (instance.Id, family.Id, family.Name);
    }
}

[Trait("Database", "Sqlite")]
public sealed class InstanceViewerTestsOnSqlite(SqlitePortal portal) : InstanceViewerTests<SqlitePortal>(portal);

[Trait("Database", "PostgreSql")]
public sealed class InstanceViewerTestsOnPostgreSql(PostgreSqlPortal portal) : InstanceViewerTests<PostgreSqlPortal>(portal);
