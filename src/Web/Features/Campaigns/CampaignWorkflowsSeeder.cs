using DossierFamille.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace DossierFamille.Web.Features.Campaigns;

/// <summary>At start-up, after the shipped workflows are published: every current campaign has its workflow.</summary>
internal sealed class CampaignWorkflowsSeeder(AppDbContext db, CampaignWorkflows workflows) : IDataSeeder
{
    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        foreach (var campaign in await db.Campaigns.AsNoTracking().OrderBy(c => c.OpensOn).ToListAsync(cancellationToken))
        {
            await workflows.EnsureStartedAsync(campaign, cancellationToken);
        }
    }
}
