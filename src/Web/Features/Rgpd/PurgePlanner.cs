using DossierFamille.Web.Data;
using DossierFamille.Web.Features.Campaigns;
using DossierFamille.Web.Features.Dossier;
using DossierFamille.Web.Features.Email;
using DossierFamille.Web.Features.Rgpd.Copy;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace DossierFamille.Web.Features.Rgpd;

/// <summary>
/// Works out what the retention settings make due at an instant. A campaign ends at the start of the
/// day after its closing date, in the commune's zone (<see cref="CampaignSchedule.End"/>).
/// </summary>
internal sealed class PurgePlanner(AppDbContext db, RetentionAdmin retention, IOptions<CampaignOptions> options)
{
    public async Task<PurgePlan> PlanAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        var settings = await retention.ReadAsync(cancellationToken);
        var zone = options.Value.Zone;
        var campaigns = await db.Campaigns.AsNoTracking().ToListAsync(cancellationToken);
        List<int> EndedFor(int months) => [.. campaigns.Where(c => CampaignSchedule.End(c, zone).AddMonths(months) <= now).Select(c => c.Id)];
        var piecesDue = EndedFor(settings.PiecesMonths);
        var draftsDue = EndedFor(settings.DraftsMonths);
        var years = campaigns.ToDictionary(c => c.Id, c => c.SchoolYear);

        var drafts = await db.Fiches.AsNoTracking()
            .Where(f => draftsDue.Contains(f.CampaignId) && f.Status == FicheStatus.Brouillon && f.TransmittedAt == null)
            .OrderBy(f => f.Id)
            .Select(f => new { f.Id, f.Title, f.CampaignId, Family = db.Families.Where(x => x.Id == f.FamilyId).Select(x => x.Reference).Single(), Files = f.Pieces.Count })
            .ToListAsync(cancellationToken);
        var draftIds = drafts.Select(d => d.Id).ToList();
        var pieces = await db.FichePieces.AsNoTracking()
            .Where(p => piecesDue.Contains(p.Fiche!.CampaignId) && !draftIds.Contains(p.FicheId))
            .OrderBy(p => p.Id)
            .Select(p => new { p.Id, p.DisplayName, p.Fiche!.Title, p.Fiche.CampaignId, Family = db.Families.Where(x => x.Id == p.Fiche.FamilyId).Select(x => x.Reference).Single() })
            .ToListAsync(cancellationToken);
        var before = now.AddMonths(-settings.AccessLogMonths);
        var accesses = await db.Set<DocumentAccess>().CountAsync(a => a.At < before, cancellationToken);
        var copies = await db.Set<DataCopy>().CountAsync(c => c.ExpiresAt <= now, cancellationToken);
        // Signatures go oldest first, as a prefix of their hash chain (SignatureChainAnchor); the newest always stays, as its tail.
        var signaturesBefore = now.AddMonths(-settings.SignatureMonths);
        var tail = await db.ReglementSignatures.MaxAsync(s => (long?)s.Id, cancellationToken) ?? 0;
        var firstKept = Math.Min(tail, await db.ReglementSignatures.Where(s => s.ServerUtc >= signaturesBefore).MinAsync(s => (long?)s.Id, cancellationToken) ?? tail);
        var signatures = await db.ReglementSignatures.CountAsync(s => s.Id < firstKept, cancellationToken);
        var emailsBefore = now.AddMonths(-settings.EmailMonths);
        var emails = await EmailsDue(db.Outbox, emailsBefore).CountAsync(cancellationToken);

        return new PurgePlan(
            [.. pieces.Select(p => new PurgeItem(p.Id, $"{p.Family} – {p.Title} ({years[p.CampaignId]}) : {p.DisplayName}"))],
            [.. drafts.Select(d => new PurgeItem(d.Id, $"{d.Family} – {d.Title} ({years[d.CampaignId]})"))],
            drafts.Sum(d => d.Files),
            accesses,
            before,
            copies,
            signatures,
            firstKept,
            emails,
            emailsBefore);
    }

    /// <summary>Emails sent, or given up, before <paramref name="before"/>.</summary>
    public static IQueryable<OutboxMessage> EmailsDue(IQueryable<OutboxMessage> outbox, DateTimeOffset before) =>
        outbox.Where(m => (m.SentAt != null && m.SentAt < before) || (m.Failed && m.CreatedAt < before));
}
