using System.Net;
using DossierFamille.Web.Data;
using DossierFamille.Web.Features.Dossier;
using DossierFamille.Web.Features.Reservations;
using DossierFamille.Web.Tests.Infrastructure;
using DossierFamille.Workflows.Persistence;
using Microsoft.AspNetCore.Mvc.Testing.Handlers;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DossierFamille.Web.Tests.Data;

/// <summary>Two portal nodes behind one load balancer, sharing one PostgreSQL database.</summary>
public sealed class TwoNodeTests
{
    [Fact]
    public async Task Two_nodes_starting_at_once_on_a_database_that_does_not_exist_yet_both_start_and_the_reference_data_is_seeded_once()
    {
        await using var database = new SharedDatabase();
        await using var first = new NodePortal(database);
        await using var second = new NodePortal(database);

        // Each node creates the database if missing, migrates it and seeds it, at the same moment.
        await Task.WhenAll(Task.Run(() => first.Services), Task.Run(() => second.Services));

        await using (var scope = second.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            Assert.Equal(1, await db.Commune.CountAsync());
            Assert.Equal(1, await db.Set<WfDefinition>().CountAsync(d => d.DefinitionId == FicheReviewWorkflow.DefinitionId));
            Assert.Equal(1, await db.Set<WfInstance>().CountAsync(i => i.DefinitionId == BookingProcessingWorkflow.DefinitionId));
            Assert.Empty(await db.Database.GetPendingMigrationsAsync());
        }

        foreach (var node in new[] { first, second })
        {
            Assert.Contains("Se connecter", await PortalClient.For(node).PageAsync("/connexion"), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Two_nodes_starting_at_once_on_one_new_sqlite_file_both_start_and_the_reference_data_is_seeded_once()
    {
        var file = Path.Combine(Path.GetTempPath(), $"dossierfamille-nodes-{Guid.NewGuid():N}.db");
        try
        {
            await using var first = new SqliteNode(file);
            await using var second = new SqliteNode(file);

            await Task.WhenAll(Task.Run(() => first.Services), Task.Run(() => second.Services));

            await using var scope = first.Services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            Assert.Equal(1, await db.Commune.CountAsync());
            Assert.Equal(1, await db.Set<WfInstance>().CountAsync(i => i.DefinitionId == BookingProcessingWorkflow.DefinitionId));
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            File.Delete(file);
            File.Delete(file + ".startup-lock");
        }
    }

    /// <summary>A node on a SQLite file another node uses too (one machine, two processes).</summary>
    private sealed class SqliteNode(string file) : PortalFactory
    {
        protected override string Provider => "Sqlite";

        protected override string ConnectionString => $"Data Source={file}";
    }

    [Fact]
    public async Task A_browser_moved_from_one_node_to_the_other_keeps_its_session_and_its_forms_are_accepted()
    {
        await using var database = new SharedDatabase();
        await using var first = new NodePortal(database);
        await using var second = new NodePortal(database);
        var family = await first.CreateFamilyAsync();
        var cookies = new CookieContainer();
        var onFirst = new PortalClient(first.CreateDefaultClient(new Uri(PortalFactory.PublicBaseUrl), new CookieContainerHandler(cookies)));
        var onSecond = new PortalClient(second.CreateDefaultClient(new Uri(PortalFactory.PublicBaseUrl), new CookieContainerHandler(cookies)));

        // The login form comes from the first node and is posted to the second one.
        var loginPage = await onFirst.PageAsync("/connexion");
        using var login = await onSecond.Http.PostAsync(new Uri("/connexion", UriKind.Relative), new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["_handler"] = "login",
            ["__RequestVerificationToken"] = PortalClient.TokenOf(loginPage),
            ["Input.UserName"] = family.UserName,
            ["Input.Password"] = TestFamily.Password,
        }));
        Assert.Equal(HttpStatusCode.Redirect, login.StatusCode);

        // The session opened by the second node is known to the first.
        var home = await onFirst.PageAsync("/");
        Assert.Contains("Se déconnecter", home, StringComparison.Ordinal);
        Assert.Contains($"Test{family.Reference[2..]}", home, StringComparison.Ordinal);

        // A page of the second node, its form posted to the first one.
        var profile = await onSecond.PageAsync("/compte/profil");
        using var logout = await onFirst.Http.PostAsync(new Uri("/compte/deconnexion", UriKind.Relative), new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = PortalClient.TokenOf(profile),
        }));
        Assert.Equal(HttpStatusCode.Redirect, logout.StatusCode);
        Assert.Equal("/connexion", logout.RedirectPath());
    }
}
