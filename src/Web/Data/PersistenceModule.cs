using DossierFamille.Storage;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Npgsql;

namespace DossierFamille.Web.Data;

internal static class PersistenceModule
{
    public const string ApplicationName = "DossierFamille";
    private const int SqliteTimeoutSeconds = 30;

    public static IServiceCollection AddPersistence(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<DatabaseOptions>().Bind(configuration.GetSection(DatabaseOptions.SectionName)).ValidateDataAnnotations().ValidateOnStart();
        var options = configuration.GetSection(DatabaseOptions.SectionName).Get<DatabaseOptions>() ?? new DatabaseOptions();
        // The context options are built once (a singleton) rather than for every request's scope: building them ran this
        // lambda, parsed the connection string and looked up EF Core's internal services each time a context was created.
        const ServiceLifetime once = ServiceLifetime.Singleton;
        _ = options.Provider switch
        {
            DatabaseProvider.Sqlite => services.AddDbContext<AppDbContext, SqliteAppDbContext>(db => db.UseSqlite(SqliteConnectionString(options.ConnectionString)).AddInterceptors(new SqliteBusyTimeout(SqliteTimeoutSeconds)), optionsLifetime: once),
            DatabaseProvider.PostgreSql => services.AddDbContext<AppDbContext, PostgreSqlAppDbContext>(db => db.UseNpgsql(PostgreSqlConnectionString(options.ConnectionString)), optionsLifetime: once),
            DatabaseProvider.SqlServer => services.AddDbContext<AppDbContext, SqlServerAppDbContext>(db => db.UseSqlServer(options.ConnectionString, sql => sql.EnableRetryOnFailure()), optionsLifetime: once),
            _ => throw new OptionsValidationException(DatabaseOptions.SectionName, typeof(DatabaseOptions), [$"Unknown database provider {options.Provider}"]),
        };
        // One application name whatever the node's folder, keys in the shared database: a cookie or an
        // antiforgery token issued by one node is read by every other.
        services.AddDataProtection().SetApplicationName(ApplicationName).PersistKeysToDbContext<AppDbContext>();
        services.AddHostedService<DatabaseInitializer>();
        services.AddBlobSweep<BlobReferences>();
        return services;
    }

    /// <summary>
    /// Unless the connection string sets its own <c>Max Auto Prepare</c>, each pooled connection prepares the 100 statements
    /// it runs most (after 5 uses, Npgsql's default): PostgreSQL then parses and plans a page's reads once per connection
    /// instead of at every request.
    /// </summary>
    private static string PostgreSqlConnectionString(string connectionString)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        if (builder.MaxAutoPrepare == 0)
        {
            builder.MaxAutoPrepare = 100;
        }

        return builder.ToString();
    }

    /// <summary>Creates the folder of a relative SQLite file so a fresh clone starts with no set-up.</summary>
    private static string SqliteConnectionString(string connectionString)
    {
        var builder = new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(connectionString);
        var directory = Path.GetDirectoryName(Path.GetFullPath(builder.DataSource));
        if (!string.IsNullOrEmpty(directory) && builder.DataSource != ":memory:")
        {
            Directory.CreateDirectory(directory);
        }

        builder.DefaultTimeout = SqliteTimeoutSeconds;
        return builder.ToString();
    }
}
