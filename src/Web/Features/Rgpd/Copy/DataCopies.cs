using DossierFamille.Web.Data;
using DossierFamille.Web.Features.Families;
using DossierFamille.Workflows.Runtime;
using Microsoft.EntityFrameworkCore;

namespace DossierFamille.Web.Features.Rgpd.Copy;

/// <summary>A parent asks for a copy of their data; the copy is built by the "Copie des données" workflow.</summary>
internal sealed class DataCopies(AppDbContext db, IWorkflowStep workflows, TimeProvider time)
{
    /// <summary>
    /// Records the request and dispatches its workflow in one SaveChanges. A copy still in preparation
    /// for the account is not asked for twice (double click, second tab). False for an account without a family.
    /// </summary>
    public async Task<bool> RequestAsync(AccountScope scope, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scope);
        if (scope.IsStaff || scope.FamilyId == 0)
        {
            return false;
        }

        if (await db.Set<DataCopy>().AnyAsync(c => c.UserId == scope.UserId && c.BlobName == null, cancellationToken))
        {
            return true;
        }

        var copy = new DataCopy { Id = Guid.CreateVersion7(), FamilyId = scope.FamilyId, UserId = scope.UserId, RequestedAt = time.GetUtcNow() };
        db.Set<DataCopy>().Add(copy);
        await workflows.DispatchAsync(DataCopyWorkflow.DefinitionId, correlationId: DataCopyWorkflow.Correlation(copy.Id), cancellationToken: cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }

    /// <summary>The account's latest request, to show its state on the profile.</summary>
    public Task<DataCopy?> LatestAsync(string userId, CancellationToken cancellationToken) =>
        db.Set<DataCopy>().AsNoTracking().Where(c => c.UserId == userId).OrderByDescending(c => c.RequestedAt).FirstOrDefaultAsync(cancellationToken);

    /// <summary>The ready copy <paramref name="id"/> when <paramref name="userId"/> asked for it; null otherwise (another account's is not found).</summary>
    public Task<DataCopy?> FindReadyAsync(Guid id, string userId, CancellationToken cancellationToken) =>
        db.Set<DataCopy>().AsNoTracking().SingleOrDefaultAsync(c => c.Id == id && c.UserId == userId && c.BlobName != null, cancellationToken);
}
