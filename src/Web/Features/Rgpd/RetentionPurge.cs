using DossierFamille.Web.Data;
using DossierFamille.Web.Features.Settings;
using DossierFamille.Web.Features.Rgpd.Copy;
using Microsoft.EntityFrameworkCore;

namespace DossierFamille.Web.Features.Rgpd;

/// <summary>
/// Applies the plan of the moment: deletes the rows, queues their files (<see cref="BlobDeletions"/>)
/// and writes the counts to the audit log, all in the caller's unit of work (the workflow step).
/// </summary>
internal sealed class RetentionPurge(AppDbContext db, PurgePlanner planner, BlobDeletions files, SignaturePurge signatures, SettingsAudit audit)
{
    public const string Actor = "Purge RGPD";

    public async Task<PurgePlan> ApplyAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        var plan = await planner.PlanAsync(now, cancellationToken);
        if (plan.IsEmpty)
        {
            return plan;
        }

        var pieceIds = plan.Pieces.Select(p => p.Id).ToList();
        var draftIds = plan.Drafts.Select(d => d.Id).ToList();
        foreach (var piece in await db.FichePieces.Where(p => pieceIds.Contains(p.Id) || draftIds.Contains(p.FicheId)).ToListAsync(cancellationToken))
        {
            files.Enqueue(piece.BlobName, piece.ThumbnailBlobName);
            db.FichePieces.Remove(piece);
        }

        db.FicheEvents.RemoveRange(await db.FicheEvents.Where(e => draftIds.Contains(e.FicheId)).ToListAsync(cancellationToken));
        db.Fiches.RemoveRange(await db.Fiches.Where(f => draftIds.Contains(f.Id)).ToListAsync(cancellationToken));
        db.Set<DocumentAccess>().RemoveRange(await db.Set<DocumentAccess>().Where(a => a.At < plan.AccessLogBefore).ToListAsync(cancellationToken));
        foreach (var copy in await db.Set<DataCopy>().Where(c => c.ExpiresAt <= now).ToListAsync(cancellationToken))
        {
            files.Enqueue(copy.BlobName);
            db.Set<DataCopy>().Remove(copy);
        }

        foreach (var email in await PurgePlanner.EmailsDue(db.Outbox, plan.EmailsBefore).ToListAsync(cancellationToken))
        {
            files.Enqueue(email.AttachmentBlobName);
            db.Outbox.Remove(email);
        }

        await signatures.DeleteBeforeAsync(plan.SignaturesBeforeId, now, cancellationToken);

        audit.Record(Actor, RetentionAdmin.AuditSubject, $"Purge : {plan.Summary} supprimé(s).");
        return plan;
    }
}
