using DossierFamille.Workflows.Tests.Fixtures;

namespace DossierFamille.Workflows.Tests.Http;

/// <summary>One API host per test class on its own database; each test makes its own definitions and instances.</summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Design", "CA1001", Justification = "xunit disposes through IAsyncLifetime.DisposeAsync.")]
public abstract class WorkflowApiFixture : IAsyncLifetime
{
    private TestDatabase? database;
    private WorkflowApiHost? host;

    public WorkflowApiHost Host => host ?? throw new InvalidOperationException("not initialised");

    public async Task InitializeAsync()
    {
        database = await CreateDatabaseAsync();
        host = await WorkflowApiHost.StartAsync(database);
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

    protected abstract Task<TestDatabase> CreateDatabaseAsync();
}
