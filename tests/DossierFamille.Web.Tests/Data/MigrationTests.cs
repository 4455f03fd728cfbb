using DossierFamille.Web.Data;
using DossierFamille.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.DependencyInjection;

namespace DossierFamille.Web.Tests.Data;

public sealed class MigrationTests
{
    [Fact]
    public void Sql_server_migrations_generate_an_idempotent_script_covering_the_model()
    {
        using var db = new SqlServerDesignTimeFactory().CreateDbContext([]);
        var migrator = db.GetService<IMigrator>();

        var script = migrator.GenerateScript(options: MigrationsSqlGenerationOptions.Idempotent);

        Assert.Contains("WHERE [MigrationId] = N'", script, StringComparison.Ordinal);
        foreach (var table in db.Model.GetEntityTypes().Select(e => e.GetTableName()).Distinct())
        {
            Assert.Contains($"CREATE TABLE [{table}]", script, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData(typeof(SqliteDesignTimeFactory))]
    [InlineData(typeof(PostgreSqlDesignTimeFactory))]
    [InlineData(typeof(SqlServerDesignTimeFactory))]
    public void Each_provider_has_migrations_matching_the_model(Type factoryType)
    {
        dynamic factory = Activator.CreateInstance(factoryType)!;
        using AppDbContext db = factory.CreateDbContext(Array.Empty<string>());

        Assert.NotEmpty(db.Database.GetMigrations());
        Assert.False(db.Database.HasPendingModelChanges(), $"{factoryType.Name}: the model changed without a migration; run tools/add-migration.sh");
    }
}

public sealed class HealthTests(SqlitePortal portal) : IClassFixture<SqlitePortal>
{
    [Fact]
    public async Task Health_reports_the_database_blob_store_antivirus_and_smtp_to_staff()
    {
        var staff = PortalClient.For(portal);
        await staff.SignInAsync(await portal.CreateStaffAsync(Web.Features.Accounts.Roles.Admin), TestFamily.Password);
        using var response = await staff.GetAsync("/health");
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("\"database\":{\"status\":\"Healthy\"", body, StringComparison.Ordinal);
        Assert.Contains("\"smtp\":{\"status\":\"Healthy\"", body, StringComparison.Ordinal);
        Assert.Contains("\"blobs\":{\"status\":\"Healthy\"", body, StringComparison.Ordinal);
        Assert.Contains("\"antivirus\":{\"status\":\"Healthy\"", body, StringComparison.Ordinal);
    }
}

public sealed class StaticAssetTests(SqlitePortal portal) : IClassFixture<SqlitePortal>
{
    [Fact]
    public async Task The_stylesheets_script_and_icon_linked_by_pages_are_served()
    {
        var client = PortalClient.For(portal);
        var page = await client.PageAsync("/connexion");
        var links = System.Text.RegularExpressions.Regex.Matches(page, "(?:rel=\"(?:stylesheet|icon)\" href|script src)=\"([^\"]+)\"").Select(m => m.Groups[1].Value).ToList();
        Assert.Equal(4, links.Count);

        var bodies = new List<string>();
        foreach (var href in links)
        {
            using var response = await client.GetAsync("/" + href);
            Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
            bodies.Add(await response.Content.ReadAsStringAsync());
        }

        Assert.Contains(bodies, b => b.Contains("Bootstrap  v5.3.8", StringComparison.Ordinal));
        Assert.Contains(bodies, b => b.Contains("--df-blue", StringComparison.Ordinal));
        Assert.Contains(bodies, b => b.Contains("data-df-menu-toggle", StringComparison.Ordinal));
        Assert.Contains(bodies, b => b.Contains("<svg", StringComparison.Ordinal));
    }
}
