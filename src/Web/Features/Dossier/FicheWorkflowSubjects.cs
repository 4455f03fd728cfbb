using System.Globalization;
using DossierFamille.Web.Data;
using DossierFamille.Web.Features.Designer;
using Microsoft.EntityFrameworkCore;

namespace DossierFamille.Web.Features.Dossier;

/// <summary>"Revue de fiche" instances are correlated by fiche id.</summary>
internal sealed class FicheWorkflowSubjects(AppDbContext db) : IWorkflowSubjects
{
    public string DefinitionId => FicheReviewWorkflow.DefinitionId;

    public async Task<IReadOnlyList<string>> CorrelationsOfFamilyAsync(int familyId, CancellationToken cancellationToken)
    {
        var ids = await db.Fiches.Where(f => f.FamilyId == familyId).Select(f => f.Id).ToListAsync(cancellationToken);
        return [.. ids.Select(id => id.ToString(CultureInfo.InvariantCulture))];
    }

    public async Task<IReadOnlyDictionary<string, WorkflowSubject>> DescribeAsync(IReadOnlyCollection<string> correlations, CancellationToken cancellationToken)
    {
        var ids = correlations.Select(c => int.TryParse(c, CultureInfo.InvariantCulture, out var id) ? id : (int?)null).OfType<int>().ToList();
        var rows = await db.Fiches.Where(f => ids.Contains(f.Id))
            .Join(db.Families, f => f.FamilyId, family => family.Id, (f, family) => new { f.Id, f.Title, f.FamilyId, family.Name })
            .ToListAsync(cancellationToken);
        return rows.ToDictionary(r => r.Id.ToString(CultureInfo.InvariantCulture), r => new WorkflowSubject(r.Title, r.FamilyId, r.Name, $"/gestion/fiches/{r.Id}"));
    }
}
