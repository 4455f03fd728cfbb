using DossierFamille.Web.Data;
using DossierFamille.Web.Features.Campaigns;
using DossierFamille.Web.Features.Designer;
using DossierFamille.Web.Features.Dossier;
using DossierFamille.Workflows.Management;
using DossierFamille.Workflows.Persistence;
using Microsoft.EntityFrameworkCore;

namespace DossierFamille.Web.Features.Families;

/// <summary>
/// The instances about a family, found by correlation: those each feature maps to the family
/// (<see cref="IWorkflowSubjects"/>: its fiches' reviews, its signatures' receipts), those waiting on its
/// children ("enfant:{id}", e.g. for "DossierComplet"), and the campaigns it takes part in.
/// </summary>
public sealed class FamilyWorkflowInstances(AppDbContext db, IEnumerable<IWorkflowSubjects> subjects, IWorkflowDefinitionService definitions)
{
    public async Task<IReadOnlyList<FamilyWorkflowInstance>> ForAsync(
        int familyId, IReadOnlyDictionary<int, string> children, IReadOnlyCollection<string> schoolYears, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(children);
        ArgumentNullException.ThrowIfNull(schoolYears);
        var instances = db.Set<WfInstance>().AsNoTracking();
        var found = new List<(WfInstance Instance, string? Subject)>();
        foreach (var source in subjects)
        {
            var correlations = await source.CorrelationsOfFamilyAsync(familyId, cancellationToken);
            if (correlations.Count == 0)
            {
                continue;
            }

            var rows = await instances.Where(i => i.DefinitionId == source.DefinitionId && correlations.Contains(i.CorrelationId!)).ToListAsync(cancellationToken);
            var labels = rows.Count == 0 ? new Dictionary<string, WorkflowSubject>() : await source.DescribeAsync([.. rows.Select(i => i.CorrelationId!).Distinct()], cancellationToken);
            found.AddRange(rows.Select(i => (i, labels.TryGetValue(i.CorrelationId!, out var subject) ? subject.Label : null)));
        }

        var childCorrelations = children.ToDictionary(c => DossierCompletion.Correlation(c.Key), c => c.Value);
        var childKeys = childCorrelations.Keys.ToList();
        found.AddRange((await instances.Where(i => childKeys.Contains(i.CorrelationId!)).ToListAsync(cancellationToken))
            .Select(i => (i, (string?)$"Enfant : {childCorrelations[i.CorrelationId!]}")));

        var campaignCorrelations = schoolYears.ToDictionary(CampaignWorkflow.Correlation, year => year);
        var campaignKeys = campaignCorrelations.Keys.ToList();
        found.AddRange((await instances.Where(i => i.DefinitionId == CampaignWorkflow.DefinitionId && campaignKeys.Contains(i.CorrelationId!)).ToListAsync(cancellationToken))
            .Select(i => (i, (string?)$"Campagne {campaignCorrelations[i.CorrelationId!]} (toutes les familles)")));

        var names = (await definitions.ListLatestAsync(cancellationToken)).ToDictionary(d => d.DefinitionId, d => d.Name, StringComparer.Ordinal);
        return [.. found.DistinctBy(f => f.Instance.Id).OrderByDescending(f => f.Instance.CreatedAt)
            .Select(f => new FamilyWorkflowInstance(f.Instance.Id, names.GetValueOrDefault(f.Instance.DefinitionId, f.Instance.DefinitionId), f.Subject, f.Instance.Status, f.Instance.CreatedAt, f.Instance.UpdatedAt))];
    }
}
