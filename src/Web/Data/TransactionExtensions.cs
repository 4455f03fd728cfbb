using Microsoft.EntityFrameworkCore;

namespace DossierFamille.Web.Data;

internal static class TransactionExtensions
{
    /// <summary>
    /// One transaction around several SaveChanges, e.g. a row saved first (its generated id, or the
    /// activities of a workflow step reading it back) and then the workflow step it causes: all commit
    /// or none. Runs under the provider's execution strategy (SQL Server retries transient failures).
    /// </summary>
    public static Task InTransactionAsync(this DbContext db, Func<Task> work, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(work);
        return db.Database.CreateExecutionStrategy().ExecuteAsync(async () =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            await work();
            await transaction.CommitAsync(cancellationToken);
        });
    }
}
