using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace DossierFamille.Web.Data;

/// <summary>
/// Makes SQLite itself wait for a lock held by another connection (<c>PRAGMA busy_timeout</c>) instead of
/// answering "database is locked" at once. Microsoft.Data.Sqlite leaves SQLite's own timeout at 0 and retries
/// a busy command in managed code, but not every path: a busy answer met while it finishes a statement that
/// returned rows (an INSERT … RETURNING of SaveChanges) or while it closes a connection is thrown straight away
/// (dotnet/efcore#36295, fixed after 10.0). A portal starting up has background services writing while a
/// request saves, so that happened, rarely, well inside the 30 s the connection string allows.
/// </summary>
internal sealed class SqliteBusyTimeout(int seconds) : DbConnectionInterceptor
{
    private readonly string pragma = $"PRAGMA busy_timeout = {seconds * 1000}";

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        using var command = Command(connection);
        command.ExecuteNonQuery();
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        await using var command = Command(connection);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private DbCommand Command(DbConnection connection)
    {
        var command = connection.CreateCommand();
        command.CommandText = pragma;
        return command;
    }
}
