namespace DossierFamille.Web.Data;

/// <summary>Seeds data at start-up, after migrations; each seeder is idempotent.</summary>
internal interface IDataSeeder
{
    Task SeedAsync(CancellationToken cancellationToken);
}
