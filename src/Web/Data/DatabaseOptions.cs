using System.ComponentModel.DataAnnotations;

namespace DossierFamille.Web.Data;

public sealed class DatabaseOptions
{
    public const string SectionName = "Database";

    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;

    /// <summary>Applies the provider's migrations at start-up.</summary>
    public bool MigrateOnStartup { get; set; } = true;

    /// <summary>Creates the demo commune, families and staff when the database is empty.</summary>
    public bool SeedDemoData { get; set; } = true;

    [Required]
    public string ConnectionString { get; set; } = "Data Source=App_Data/dossierfamille.db";
}
