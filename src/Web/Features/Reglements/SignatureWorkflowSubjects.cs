using System.Globalization;
using DossierFamille.Web.Data;
using DossierFamille.Web.Features.Designer;
using Microsoft.EntityFrameworkCore;

namespace DossierFamille.Web.Features.Reglements;

/// <summary>"Signature du règlement intérieur" instances are correlated by signature id.</summary>
internal sealed class SignatureWorkflowSubjects(AppDbContext db) : IWorkflowSubjects
{
    public string DefinitionId => ReglementSignatureWorkflow.DefinitionId;

    public async Task<IReadOnlyList<string>> CorrelationsOfFamilyAsync(int familyId, CancellationToken cancellationToken)
    {
        var ids = await db.ReglementSignatures.Where(s => s.FamilyId == familyId).Select(s => s.Id).ToListAsync(cancellationToken);
        return [.. ids.Select(id => id.ToString(CultureInfo.InvariantCulture))];
    }

    public async Task<IReadOnlyDictionary<string, WorkflowSubject>> DescribeAsync(IReadOnlyCollection<string> correlations, CancellationToken cancellationToken)
    {
        var ids = correlations.Select(c => long.TryParse(c, CultureInfo.InvariantCulture, out var id) ? id : (long?)null).OfType<long>().ToList();
        var rows = await db.ReglementSignatures.Where(s => ids.Contains(s.Id))
            .Join(db.Children, s => s.ChildId, c => c.Id, (s, c) => new { s.Id, s.FamilyId, s.StructureId, c.FirstName, c.LastName })
            .Join(db.Structures, x => x.StructureId, st => st.Id, (x, st) => new { x.Id, x.FamilyId, x.FirstName, x.LastName, Structure = st.Name })
            .Join(db.Families, x => x.FamilyId, f => f.Id, (x, f) => new { x.Id, x.FamilyId, x.FirstName, x.LastName, x.Structure, f.Name })
            .ToListAsync(cancellationToken);
        return rows.ToDictionary(
            r => r.Id.ToString(CultureInfo.InvariantCulture),
            r => new WorkflowSubject($"Règlement intérieur {r.Structure} – {r.FirstName} {r.LastName}", r.FamilyId, r.Name));
    }
}
