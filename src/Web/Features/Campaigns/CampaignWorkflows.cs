using System.Text.Json.Nodes;
using DossierFamille.Web.Data;
using DossierFamille.Web.Features.Commune;
using DossierFamille.Workflows.Persistence;
using DossierFamille.Workflows.Runtime;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace DossierFamille.Web.Features.Campaigns;

/// <summary>Starts the "Campagne annuelle" workflow of a campaign once, and tells it when the admin changed the campaign.</summary>
internal sealed class CampaignWorkflows(AppDbContext db, IWorkflowStep workflows, TimeProvider time, IOptions<CampaignOptions> options)
{
    /// <summary>The campaign's instances, newest first (one, unless an admin cancelled and restarted it).</summary>
    public Task<List<WfInstance>> InstancesAsync(string schoolYear, CancellationToken cancellationToken)
    {
        var correlation = CampaignWorkflow.Correlation(schoolYear);
        return db.Set<WfInstance>().AsNoTracking().Where(i => i.DefinitionId == CampaignWorkflow.DefinitionId && i.CorrelationId == correlation)
            .OrderByDescending(i => i.CreatedAt).ToListAsync(cancellationToken);
    }

    /// <summary>
    /// Dispatches the campaign's workflow (its first step runs in the background) unless it has an
    /// instance already, whatever its state, or the campaign is over. Saves the context either way:
    /// the caller's pending changes (a new campaign, its audit entry) commit with the dispatch.
    /// </summary>
    public async Task<bool> EnsureStartedAsync(Campaign campaign, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(campaign);
        var correlation = CampaignWorkflow.Correlation(campaign.SchoolYear);
        if (time.GetUtcNow() >= CampaignSchedule.End(campaign, options.Value.Zone)
            || await db.Set<WfInstance>().AnyAsync(i => i.DefinitionId == CampaignWorkflow.DefinitionId && i.CorrelationId == correlation, cancellationToken))
        {
            await db.SaveChangesAsync(cancellationToken);
            return false;
        }

        await workflows.DispatchAsync(CampaignWorkflow.DefinitionId, null, correlation, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }

    /// <summary>
    /// Wakes the waiting workflow so that it reads the campaign's new dates and interval now, in the
    /// caller's unit of work: the change and the signal commit together.
    /// </summary>
    public Task NotifyChangedAsync(Campaign campaign, IReadOnlyList<string> changes, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(campaign);
        ArgumentNullException.ThrowIfNull(changes);
        return workflows.SendSignalAsync(CampaignWorkflow.ChangedSignal, CampaignWorkflow.Correlation(campaign.SchoolYear),
            new JsonObject { ["changes"] = new JsonArray([.. changes.Select(c => JsonValue.Create(c))]) }, cancellationToken);
    }
}
