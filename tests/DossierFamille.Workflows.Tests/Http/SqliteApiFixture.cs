using DossierFamille.Workflows.Tests.Fixtures;

namespace DossierFamille.Workflows.Tests.Http;

public sealed class SqliteApiFixture : WorkflowApiFixture
{
    protected override Task<TestDatabase> CreateDatabaseAsync() => TestDatabase.SqliteAsync();
}
