using DossierFamille.Web.Data;
using DossierFamille.Web.Features.Reglements;
using Microsoft.EntityFrameworkCore;

namespace DossierFamille.Web.Features.Rgpd;

/// <summary>
/// Deletes the oldest signature evidence once its legal duration is over, in the caller's unit of work: a prefix of the hash
/// chain, whose start moves to the last deleted hash (<see cref="SignatureChainAnchor"/>) so the rest still verifies. What
/// closed families kept only for that evidence goes with it: their children no kept record refers to, then the families
/// left with neither children nor bookings.
/// </summary>
internal sealed class SignaturePurge(AppDbContext db)
{
    public async Task DeleteBeforeAsync(long firstKeptId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var due = await db.ReglementSignatures.Where(s => s.Id < firstKeptId).OrderBy(s => s.Id).ToListAsync(cancellationToken);
        if (due.Count == 0)
        {
            return;
        }

        var anchor = await db.Set<SignatureChainAnchor>().SingleOrDefaultAsync(cancellationToken);
        if (anchor is null)
        {
            anchor = new SignatureChainAnchor { Hash = SignatureChain.Genesis };
            db.Set<SignatureChainAnchor>().Add(anchor);
        }

        anchor.AfterSignatureId = due[^1].Id;
        anchor.Hash = due[^1].Hash;
        anchor.Deleted += due.Count;
        anchor.MovedAt = now;
        db.ReglementSignatures.RemoveRange(due);

        var deleted = due.Select(s => s.Id).ToList();
        var children = await db.Children
            .Where(c => db.Families.Any(f => f.Id == c.FamilyId && f.ClosedAt != null)
                && !db.ReglementSignatures.Any(s => s.ChildId == c.Id && !deleted.Contains(s.Id))
                && !db.Bookings.Any(b => b.ChildId == c.Id))
            .ToListAsync(cancellationToken);
        db.Children.RemoveRange(children);
        var childIds = children.Select(c => c.Id).ToList();
        db.Families.RemoveRange(await db.Families
            .Where(f => f.ClosedAt != null && !db.Children.Any(c => c.FamilyId == f.Id && !childIds.Contains(c.Id)) && !db.Bookings.Any(b => b.FamilyId == f.Id))
            .ToListAsync(cancellationToken));
    }
}
