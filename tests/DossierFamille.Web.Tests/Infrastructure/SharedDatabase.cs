using DossierFamille.Testing;
using Npgsql;

namespace DossierFamille.Web.Tests.Infrastructure;

/// <summary>A PostgreSQL database for <see cref="NodePortal"/>s, created by the first node to start and dropped at the end.</summary>
public sealed class SharedDatabase : IAsyncDisposable
{
    private readonly string _name = $"df_nodes_{Guid.NewGuid():N}"[..24];

    public string ConnectionString => new NpgsqlConnectionStringBuilder(RequiredService.Postgres) { Database = _name }.ToString();

    public async ValueTask DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        await using var connection = new NpgsqlConnection(RequiredService.Postgres);
        await connection.OpenAsync();
        await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{_name}\" WITH (FORCE)", connection);
        await drop.ExecuteNonQueryAsync();
    }
}
