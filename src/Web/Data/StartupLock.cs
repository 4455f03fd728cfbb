using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;

namespace DossierFamille.Web.Data;

/// <summary>
/// Serialises start-up (migrations, then seeding) between nodes starting at once on one database:
/// a session-level advisory lock on PostgreSQL, an application lock on SQL Server, a lock file next to
/// a SQLite database. The second node waits, then finds everything migrated and seeded.
/// </summary>
internal static class StartupLock
{
    private const string PostgreSqlLock = "SELECT pg_advisory_lock(75193316844461)";
    private const string PostgreSqlUnlock = "SELECT pg_advisory_unlock(75193316844461)";
    private const string SqlServerLock = "EXEC sp_getapplock @Resource = 'DossierFamille.Startup', @LockMode = 'Exclusive', @LockOwner = 'Session', @LockTimeout = -1";
    private const string SqlServerUnlock = "EXEC sp_releaseapplock @Resource = 'DossierFamille.Startup', @LockOwner = 'Session'";

    /// <summary>Takes the lock on the context's connection, which stays open until the lock is released.</summary>
    public static async Task<IAsyncDisposable> AcquireAsync(AppDbContext db, DatabaseProvider provider, CancellationToken cancellationToken)
    {
        switch (provider)
        {
            case DatabaseProvider.PostgreSql:
                await CreatePostgreSqlDatabaseAsync(db, cancellationToken);
                await db.Database.OpenConnectionAsync(cancellationToken);
                await ExecuteAsync(db, PostgreSqlLock, cancellationToken);
                return new Release(() => ExecuteAsync(db, PostgreSqlUnlock, CancellationToken.None), db);
            case DatabaseProvider.SqlServer:
                await db.Database.OpenConnectionAsync(cancellationToken);
                await ExecuteAsync(db, SqlServerLock, cancellationToken);
                return new Release(() => ExecuteAsync(db, SqlServerUnlock, CancellationToken.None), db);
            default:
                return await SqliteLockFileAsync(db, cancellationToken);
        }
    }

    /// <summary>Two nodes may both find the database missing: the one that loses the race uses the other's.</summary>
    private static async Task CreatePostgreSqlDatabaseAsync(AppDbContext db, CancellationToken cancellationToken)
    {
        var creator = db.GetService<IRelationalDatabaseCreator>();
        if (await creator.ExistsAsync(cancellationToken))
        {
            return;
        }

        try
        {
            await creator.CreateAsync(cancellationToken);
        }
        catch (PostgresException ex) when (ex.SqlState is PostgresErrorCodes.DuplicateDatabase or PostgresErrorCodes.UniqueViolation)
        {
            // Created by the other node meanwhile.
        }
    }

    private static async Task<IAsyncDisposable> SqliteLockFileAsync(AppDbContext db, CancellationToken cancellationToken)
    {
        var source = new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(db.Database.GetConnectionString()).DataSource;
        if (string.IsNullOrEmpty(source) || source == ":memory:")
        {
            return new Release(() => Task.CompletedTask, null);
        }

        var path = Path.GetFullPath(source) + ".startup-lock";
        while (true)
        {
            try
            {
                var file = new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
                return new Release(() => { file.Dispose(); return Task.CompletedTask; }, null);
            }
            catch (IOException ex) when (ex is not DirectoryNotFoundException and not PathTooLongException)
            {
                // Held by the other node: wait for it to finish.
                await Task.Delay(100, cancellationToken);
            }
        }
    }

    private static Task<int> ExecuteAsync(AppDbContext db, string sql, CancellationToken cancellationToken) =>
        db.Database.ExecuteSqlRawAsync(sql, cancellationToken);

    private sealed class Release(Func<Task> release, AppDbContext? db) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            try
            {
                await release();
            }
            catch (DbException)
            {
                // The lock goes with the session when the connection closes.
            }

            if (db is not null)
            {
                await db.Database.CloseConnectionAsync();
            }
        }
    }
}
