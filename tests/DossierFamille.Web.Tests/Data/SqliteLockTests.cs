using DossierFamille.Web.Data;
using DossierFamille.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DossierFamille.Web.Tests.Data;

/// <summary>
/// On SQLite, every connection of the portal lets SQLite itself wait for another connection's lock (see
/// <see cref="SqliteBusyTimeout"/>): Microsoft.Data.Sqlite's own retries miss some paths, and a CI run once failed a
/// SaveChanges with "database is locked" 8 s after start-up, under a 30 s timeout.
/// </summary>
public sealed class SqliteLockTests
{
    [Fact]
    public async Task The_portal_s_connections_let_sqlite_wait_thirty_seconds_for_a_lock()
    {
        await using var portal = new SqlitePortal();
        await using var scope = portal.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();

        var timeout = await db.Database.SqlQueryRaw<long>("SELECT timeout AS \"Value\" FROM pragma_busy_timeout()").SingleAsync();

        Assert.Equal(30_000, timeout);
    }
}
