using DossierFamille.Storage.Blobs;
using DossierFamille.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace DossierFamille.Web.Features.Rgpd;

/// <summary>
/// Deleting rows and their files with no orphan either way, even after a crash: the rows are deleted
/// and their files queued in one transaction (<see cref="Enqueue"/>); once that has committed, a later
/// step deletes the queued files and then their queue rows (<see cref="DeleteQueuedAsync"/>). A crash
/// before the first commit leaves rows and files; a crash between a file's deletion and the second
/// commit leaves a queue row whose file is already gone, deleted again harmlessly at the next run.
/// The orphan sweep does not count queued files as referenced, so it removes them too.
/// </summary>
internal sealed class BlobDeletions(AppDbContext db, IBlobStore store, TimeProvider time)
{
    public void Enqueue(params IEnumerable<string?> blobNames)
    {
        foreach (var name in blobNames.OfType<string>())
        {
            db.Set<BlobDeletion>().Add(new BlobDeletion { BlobName = name, QueuedAt = time.GetUtcNow() });
        }
    }

    /// <summary>Deletes every queued file and marks its queue row deleted; the caller commits. Returns the files found and deleted.</summary>
    public async Task<int> DeleteQueuedAsync(CancellationToken cancellationToken)
    {
        var deleted = 0;
        foreach (var queued in await db.Set<BlobDeletion>().OrderBy(d => d.Id).ToListAsync(cancellationToken))
        {
            if (await store.DeleteAsync(queued.BlobName, cancellationToken))
            {
                deleted++;
            }

            db.Set<BlobDeletion>().Remove(queued);
        }

        return deleted;
    }
}
