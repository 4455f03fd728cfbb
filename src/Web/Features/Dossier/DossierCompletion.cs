using System.Globalization;
using System.Text.Json.Nodes;
using DossierFamille.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace DossierFamille.Web.Features.Dossier;

/// <summary>
/// Marks, once, the children of a family whose dossier became complete in a campaign, and sends
/// the engine signal <see cref="Signal"/> correlated by child, in the caller's unit of work (a
/// workflow step): the row and the signal commit together or not at all. A règlement version
/// published later does not take a completion back.
/// </summary>
public sealed class DossierCompletion(AppDbContext db, DossierProgressReader progress, TimeProvider time)
{
    public const string Signal = "DossierComplet";

    public static string Correlation(int childId) => string.Create(CultureInfo.InvariantCulture, $"enfant:{childId}");

    /// <summary>Each child of the family with its completion in the campaign, if any.</summary>
    public async Task<IReadOnlyList<ChildCompletion>> ForFamilyAsync(int familyId, int campaignId, CancellationToken cancellationToken)
    {
        var children = await db.Children.AsNoTracking().Where(c => c.FamilyId == familyId).OrderBy(c => c.BirthDate).ThenBy(c => c.Id)
            .Select(c => new { c.Id, c.FirstName, c.LastName }).ToListAsync(cancellationToken);
        var ids = children.Select(c => c.Id).ToList();
        var completed = await db.DossiersComplets.AsNoTracking().Where(d => d.CampaignId == campaignId && ids.Contains(d.ChildId))
            .ToDictionaryAsync(d => d.ChildId, d => d.CompletedAt, cancellationToken);
        return [.. children.Select(c => new ChildCompletion(c.Id, $"{c.FirstName} {c.LastName}", completed.TryGetValue(c.Id, out var at) ? at : null))];
    }

    /// <summary>Adds the new rows to the context (saved by the caller) and returns them; <paramref name="sendSignal"/> receives each signal.</summary>
    public async Task<IReadOnlyList<DossierComplet>> MarkAsync(int familyId, Action<string, string, JsonNode> sendSignal, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(sendSignal);
        var campaigns = await db.Fiches.AsNoTracking().Where(f => f.FamilyId == familyId)
            .Select(f => f.CampaignId).Distinct().Join(db.Campaigns, id => id, c => c.Id, (_, c) => new { c.Id, c.SchoolYear }).ToListAsync(cancellationToken);
        var childIds = await db.Children.AsNoTracking().Where(c => c.FamilyId == familyId).Select(c => c.Id).ToListAsync(cancellationToken);
        var already = (await db.DossiersComplets.AsNoTracking().Where(d => childIds.Contains(d.ChildId)).Select(d => new { d.ChildId, d.CampaignId }).ToListAsync(cancellationToken))
            .Select(d => (d.ChildId, d.CampaignId))
            .Concat(db.DossiersComplets.Local.Select(d => (d.ChildId, d.CampaignId)))
            .ToHashSet();
        var added = new List<DossierComplet>();
        foreach (var campaign in campaigns)
        {
            var family = await progress.ReadAsync(campaign.Id, familyId, cancellationToken);
            foreach (var child in family.Children.Where(c => c.IsComplete && !already.Contains((c.ChildId, campaign.Id))))
            {
                var row = new DossierComplet { ChildId = child.ChildId, CampaignId = campaign.Id, CompletedAt = time.GetUtcNow() };
                db.DossiersComplets.Add(row);
                added.Add(row);
                sendSignal(Signal, Correlation(child.ChildId), new JsonObject
                {
                    ["childId"] = child.ChildId,
                    ["familyId"] = familyId,
                    ["campaignId"] = campaign.Id,
                    ["schoolYear"] = campaign.SchoolYear,
                });
            }
        }

        return added;
    }
}
