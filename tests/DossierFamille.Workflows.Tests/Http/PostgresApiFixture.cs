using DossierFamille.Workflows.Tests.Fixtures;

namespace DossierFamille.Workflows.Tests.Http;

/// <summary>Needs PostgreSQL (DF_TEST_POSTGRES, started by ./test.sh); fails, never skips, when it is missing.</summary>
public sealed class PostgresApiFixture : WorkflowApiFixture
{
    protected override Task<TestDatabase> CreateDatabaseAsync() => TestDatabase.PostgresAsync();
}
