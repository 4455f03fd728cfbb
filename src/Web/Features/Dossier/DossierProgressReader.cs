using DossierFamille.Web.Data;
using DossierFamille.Web.Features.Commune;
using DossierFamille.Web.Features.Reglements;
using Microsoft.EntityFrameworkCore;

namespace DossierFamille.Web.Features.Dossier;

/// <summary>
/// Reads, for a campaign, where families stand: fiches to fill in, to transmit or to correct,
/// règlements to sign in their current version, and which children are complete (fiche enfant and
/// every responsable's fiche famille accepted, every règlement of the child's structures signed).
/// A fiche the parents never opened counts as to fill in. A few queries whatever the number of families.
/// Changes pending in the unit of work (a decision applied earlier in the same workflow step) count.
/// </summary>
public sealed class DossierProgressReader(AppDbContext db)
{
    /// <summary>The families of <paramref name="familyIds"/>, or every family when null.</summary>
    public async Task<IReadOnlyList<FamilyProgress>> ReadAsync(int campaignId, IReadOnlyCollection<int>? familyIds, CancellationToken cancellationToken)
    {
        var all = familyIds is null;
        var ids = familyIds?.ToList() ?? [];
        var responsables = await db.Responsables.AsNoTracking().Where(r => all || ids.Contains(r.FamilyId))
            .OrderBy(r => r.Id).Select(r => new { r.Id, r.FamilyId, r.FirstName, r.LastName }).ToListAsync(cancellationToken);
        var children = await db.Children.AsNoTracking().Where(c => all || ids.Contains(c.FamilyId))
            .OrderBy(c => c.BirthDate).ThenBy(c => c.Id).Select(c => new { c.Id, c.FamilyId, c.FirstName, c.LastName }).ToListAsync(cancellationToken);
        var pending = db.ChangeTracker.Entries<Fiche>().Where(e => e.State is EntityState.Modified or EntityState.Added).Select(e => e.Entity).ToDictionary(f => f.Id);
        var fiches = (await db.Fiches.AsNoTracking().Where(f => f.CampaignId == campaignId && (all || ids.Contains(f.FamilyId)))
            .Select(f => new { f.Id, f.FamilyId, f.Kind, f.ResponsableId, f.DeclaredByResponsableId, f.ChildId, f.Status, f.Title, f.Motif }).ToListAsync(cancellationToken))
            .Select(f => pending.TryGetValue(f.Id, out var changed) ? f with { Status = changed.Status, Motif = changed.Motif } : f).ToList();
        var enrolments = await db.Enrolments.AsNoTracking().Where(e => e.CampaignId == campaignId && (all || ids.Contains(e.Child!.FamilyId)))
            .OrderBy(e => e.Structure!.Name).Select(e => new { e.ChildId, e.StructureId, StructureName = e.Structure!.Name }).ToListAsync(cancellationToken);
        var structureIds = enrolments.Select(e => e.StructureId).Distinct().ToList();
        var current = (await db.Reglements.AsNoTracking().Where(r => structureIds.Contains(r.StructureId)).Select(r => new { r.Id, r.StructureId, r.Version }).ToListAsync(cancellationToken))
            .GroupBy(r => r.StructureId).ToDictionary(g => g.Key, g => g.MaxBy(r => r.Version)!.Id);
        var currentIds = current.Values.ToList();
        var signed = (await db.ReglementSignatures.AsNoTracking().Where(s => currentIds.Contains(s.ReglementId) && (all || ids.Contains(s.FamilyId)))
            .Select(s => new { s.ReglementId, s.ChildId }).ToListAsync(cancellationToken)).Select(s => (s.ReglementId, s.ChildId))
            .Concat(db.ReglementSignatures.Local.Select(s => (s.ReglementId, s.ChildId))).ToHashSet();

        var fichesByFamily = fiches.ToLookup(f => f.FamilyId);
        var responsablesByFamily = responsables.ToLookup(r => r.FamilyId);
        var childrenByFamily = children.ToLookup(c => c.FamilyId);
        var enrolmentsByChild = enrolments.ToLookup(e => e.ChildId);
        IReadOnlyCollection<int> familiesInScope = familyIds ?? [.. responsables.Select(r => r.FamilyId).Concat(children.Select(c => c.FamilyId)).Distinct().Order()];
        var result = new List<FamilyProgress>(familiesInScope.Count);
        foreach (var familyId in familiesInScope)
        {
            var familyFiches = fichesByFamily[familyId].ToList();
            var toDo = new List<ProgressItem>();
            var responsablesAccepted = true;
            foreach (var responsable in responsablesByFamily[familyId])
            {
                var fiche = familyFiches.FirstOrDefault(f => f.Kind == FicheKind.Responsable && f.ResponsableId == responsable.Id);
                responsablesAccepted &= fiche?.Status == FicheStatus.Acceptee;
                AddFicheToDo(toDo, fiche?.Id, fiche?.Status, fiche?.Title, fiche?.Motif, $"la fiche famille {French.Of($"{responsable.FirstName} {responsable.LastName}")}", responsable.Id);
            }

            var childProgress = new List<ChildProgress>();
            var childToDo = new List<ProgressItem>();
            foreach (var child in childrenByFamily[familyId])
            {
                var name = $"{child.FirstName} {child.LastName}";
                var fiche = familyFiches.FirstOrDefault(f => f.Kind == FicheKind.Enfant && f.ChildId == child.Id);
                AddFicheToDo(toDo, fiche?.Id, fiche?.Status, fiche?.Title, fiche?.Motif, $"la fiche enfant {French.Of(name)}");
                var allSigned = true;
                foreach (var enrolment in enrolmentsByChild[child.Id])
                {
                    if (current.TryGetValue(enrolment.StructureId, out var reglementId) && !signed.Contains((reglementId, child.Id)))
                    {
                        allSigned = false;
                        childToDo.Add(new ProgressItem($"Signer le règlement intérieur : {name} – {enrolment.StructureName}", $"{ReglementsModule.ParentPath}#enfant-{child.Id}-{enrolment.StructureId}"));
                    }
                }

                childProgress.Add(new ChildProgress(child.Id, name, fiche?.Status == FicheStatus.Acceptee && responsablesAccepted && allSigned));
            }

            foreach (var other in familyFiches.Where(f => f.Kind == FicheKind.AutreResponsable))
            {
                AddFicheToDo(toDo, other.Id, other.Status, other.Title, other.Motif, other.Title, other.DeclaredByResponsableId);
            }

            toDo.AddRange(childToDo);
            result.Add(new FamilyProgress(familyId, toDo, childProgress));
        }

        return result;
    }

    public async Task<FamilyProgress> ReadAsync(int campaignId, int familyId, CancellationToken cancellationToken) =>
        (await ReadAsync(campaignId, [familyId], cancellationToken)).Single();

    private static void AddFicheToDo(List<ProgressItem> toDo, int? ficheId, FicheStatus? status, string? title, string? motif, string missingLabel, int? owner = null)
    {
        switch (status)
        {
            case null:
                toDo.Add(new ProgressItem($"Remplir, valider et transmettre {missingLabel}", DossierModule.DossierPath, owner));
                break;
            case FicheStatus.Brouillon:
                toDo.Add(new ProgressItem($"Valider et transmettre : {title}", DossierModule.FichePath(ficheId!.Value), owner));
                break;
            case FicheStatus.Refusee:
                toDo.Add(new ProgressItem($"Corriger et transmettre à nouveau : {title}{(motif is null ? "" : $" (motif : {motif})")}", DossierModule.FichePath(ficheId!.Value), owner));
                break;
        }
    }
}
