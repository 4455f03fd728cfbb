using DossierFamille.Testing;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace DossierFamille.Workflows.Tests.Fixtures;

/// <summary>A throw-away database: a SQLite file, or a uniquely named PostgreSQL database (dropped at the end).</summary>
public sealed class TestDatabase : IAsyncDisposable
{
    private readonly string? sqliteFile;
    private readonly string? postgresAdmin;
    private readonly string? postgresName;

    private TestDatabase(Action<DbContextOptionsBuilder> configure, string? sqliteFile, string? postgresAdmin, string? postgresName)
    {
        Configure = configure;
        this.sqliteFile = sqliteFile;
        this.postgresAdmin = postgresAdmin;
        this.postgresName = postgresName;
    }

    public Action<DbContextOptionsBuilder> Configure { get; }

    public static async Task<TestDatabase> SqliteAsync()
    {
        var file = Path.Combine(Path.GetTempPath(), $"wf-{Guid.NewGuid():N}.db");
        var database = new TestDatabase(o => o.UseSqlite($"Data Source={file};Pooling=False"), file, null, null);
        await database.CreateAsync();
        return database;
    }

    public static async Task<TestDatabase> PostgresAsync()
    {
        var admin = RequiredService.Postgres;
        var name = $"wf_test_{Guid.NewGuid():N}";
        await using (var connection = new NpgsqlConnection(admin))
        {
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection);
            await command.ExecuteNonQueryAsync();
        }

        var connectionString = new NpgsqlConnectionStringBuilder(admin) { Database = name, MaxPoolSize = 30 }.ConnectionString;
        var database = new TestDatabase(o => o.UseNpgsql(connectionString), null, admin, name);
        await database.CreateAsync();
        return database;
    }

    public async ValueTask DisposeAsync()
    {
        if (sqliteFile is not null)
        {
            File.Delete(sqliteFile);
        }

        if (postgresAdmin is not null)
        {
            NpgsqlConnection.ClearAllPools();
            await using var connection = new NpgsqlConnection(postgresAdmin);
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{postgresName}\" WITH (FORCE)", connection);
            await command.ExecuteNonQueryAsync();
        }
    }

    private async Task CreateAsync()
    {
        var builder = new DbContextOptionsBuilder<TestDbContext>();
        Configure(builder);
        await using var context = new TestDbContext(builder.Options);
        await context.Database.EnsureCreatedAsync();
    }
}
