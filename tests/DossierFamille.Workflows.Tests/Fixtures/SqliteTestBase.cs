namespace DossierFamille.Workflows.Tests.Fixtures;

/// <summary>A SQLite file database and one host per test class instance (i.e. per test).</summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Design", "CA1001", Justification = "xunit disposes through IAsyncLifetime.DisposeAsync.")]
public abstract class SqliteTestBase : IAsyncLifetime
{
    private TestDatabase? database;
    private WorkflowHost? host;

    protected TestDatabase Database => database ?? throw new InvalidOperationException("not initialised");

    protected WorkflowHost Host => host ?? throw new InvalidOperationException("not initialised");

    public async Task InitializeAsync()
    {
        database = await TestDatabase.SqliteAsync();
        host = new WorkflowHost(database);
    }

    public async Task DisposeAsync()
    {
        if (host is not null)
        {
            await host.DisposeAsync();
        }

        if (database is not null)
        {
            await database.DisposeAsync();
        }
    }
}
