using System.Globalization;
using DossierFamille.Web.Data;
using DossierFamille.Workflows.Management;
using DossierFamille.Workflows.Persistence;
using Microsoft.EntityFrameworkCore;

namespace DossierFamille.Web.Features.Designer;

/// <summary>
/// The instance list of the gestionnaires: filters on definition, state, correlation, family and creation date
/// (Paris days), each instance labelled by the feature that owns its correlation (<see cref="IWorkflowSubjects"/>).
/// </summary>
public sealed class InstanceSearch(AppDbContext db, IEnumerable<IWorkflowSubjects> subjects, IWorkflowDefinitionService definitions)
{
    public const int PageSize = 200;
    private const int MaxFamilies = 20;

    public async Task<InstanceSearchResult> SearchAsync(InstanceFilter filter, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var query = db.Set<WfInstance>().AsNoTracking();
        if (!string.IsNullOrWhiteSpace(filter.DefinitionId))
        {
            query = query.Where(i => i.DefinitionId == filter.DefinitionId);
        }

        if (filter.Status is { } status)
        {
            query = query.Where(i => i.Status == status);
        }

        if (!string.IsNullOrWhiteSpace(filter.Correlation))
        {
            var correlation = filter.Correlation.Trim();
            query = query.Where(i => i.CorrelationId == correlation);
        }

        if (filter.From is { } from)
        {
            var start = InstanceLabels.ParisMidnightUtc(from);
            query = query.Where(i => i.CreatedAt >= start);
        }

        if (filter.To is { } to)
        {
            var end = InstanceLabels.ParisMidnightUtc(to.AddDays(1));
            query = query.Where(i => i.CreatedAt < end);
        }

        IReadOnlyList<FamilyMatch> families = [];
        List<WfInstance> found;
        if (string.IsNullOrWhiteSpace(filter.Family))
        {
            found = await query.OrderByDescending(i => i.CreatedAt).Take(PageSize + 1).ToListAsync(cancellationToken);
        }
        else
        {
            families = await FamiliesAsync(filter.Family.Trim(), cancellationToken);
            found = await OfFamiliesAsync(query, families, cancellationToken);
        }

        return new InstanceSearchResult(await LabelAsync(found.Take(PageSize).ToList(), cancellationToken), families, found.Count > PageSize);
    }

    public async Task<InstanceRow> DescribeAsync(WfInstance instance, CancellationToken cancellationToken) =>
        (await LabelAsync([instance], cancellationToken))[0];

    /// <summary>A family id (links from other pages), else an exact reference, else a part of the name.</summary>
    private async Task<IReadOnlyList<FamilyMatch>> FamiliesAsync(string text, CancellationToken cancellationToken)
    {
        var families = db.Families.AsNoTracking();
        var lower = text.ToLowerInvariant();
#pragma warning disable CA1304, CA1311, CA1862 // EF translates ToLower() to SQL LOWER() on the three providers; the culture and StringComparison overloads are not translatable.
        var matches = int.TryParse(text, CultureInfo.InvariantCulture, out var id)
            ? families.Where(f => f.Id == id)
            : families.Where(f => f.Reference == text || f.Name.ToLower().Contains(lower));
#pragma warning restore CA1304, CA1311, CA1862
        return await matches.OrderBy(f => f.Name).Take(MaxFamilies).Select(f => new FamilyMatch(f.Id, f.Reference, f.Name)).ToListAsync(cancellationToken);
    }

    /// <summary>One query per workflow that knows families (a handful): its instances whose correlation belongs to them.</summary>
    private async Task<List<WfInstance>> OfFamiliesAsync(IQueryable<WfInstance> query, IReadOnlyList<FamilyMatch> families, CancellationToken cancellationToken)
    {
        var found = new List<WfInstance>();
        foreach (var source in subjects)
        {
            var correlations = new List<string>();
            foreach (var family in families)
            {
                correlations.AddRange(await source.CorrelationsOfFamilyAsync(family.Id, cancellationToken));
            }

            if (correlations.Count > 0)
            {
                found.AddRange(await query.Where(i => i.DefinitionId == source.DefinitionId && correlations.Contains(i.CorrelationId!))
                    .OrderByDescending(i => i.CreatedAt).Take(PageSize + 1).ToListAsync(cancellationToken));
            }
        }

        return [.. found.OrderByDescending(i => i.CreatedAt)];
    }

    private async Task<IReadOnlyList<InstanceRow>> LabelAsync(List<WfInstance> instances, CancellationToken cancellationToken)
    {
        var names = (await definitions.ListLatestAsync(cancellationToken)).ToDictionary(d => d.DefinitionId, d => d.Name, StringComparer.Ordinal);
        var labels = new Dictionary<(string, string), WorkflowSubject>();
        foreach (var source in subjects)
        {
            var correlations = instances.Where(i => i.DefinitionId == source.DefinitionId && i.CorrelationId is not null).Select(i => i.CorrelationId!).Distinct().ToList();
            if (correlations.Count == 0)
            {
                continue;
            }

            foreach (var (correlation, subject) in await source.DescribeAsync(correlations, cancellationToken))
            {
                labels[(source.DefinitionId, correlation)] = subject;
            }
        }

        return [.. instances.Select(i => new InstanceRow(
            i,
            names.GetValueOrDefault(i.DefinitionId, i.DefinitionId),
            i.CorrelationId is null ? null : labels.GetValueOrDefault((i.DefinitionId, i.CorrelationId))))];
    }
}
