using DossierFamille.Web.Data;
using DossierFamille.Web.Features.Commune;
using DossierFamille.Web.Features.Families;
using Microsoft.EntityFrameworkCore;

namespace DossierFamille.Web.Features.Children;

/// <summary>The children's details and the requests about them, each read through the caller's <see cref="AccountScope"/>.</summary>
internal sealed class ChildRequestReader(AppDbContext db)
{
    /// <summary>The family's children (shared by separated parents), with the école and class of their latest school year.</summary>
    public async Task<IReadOnlyList<ChildDetails>> ChildrenAsync(AccountScope scope, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scope);
        var children = scope.InFamily(db.Children.AsNoTracking(), c => c.FamilyId);
        return await DetailsAsync(children, cancellationToken);
    }

    public async Task<ChildDetails?> ChildAsync(AccountScope scope, int childId, CancellationToken cancellationToken) =>
        (await DetailsAsync(scope.InFamily(db.Children.AsNoTracking(), c => c.FamilyId).Where(c => c.Id == childId), cancellationToken)).SingleOrDefault();

    /// <summary>The account's own requests (the other separated parent's are not shown), newest first.</summary>
    public async Task<IReadOnlyList<ChildRequest>> ForAccountAsync(AccountScope scope, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scope);
        return await scope.Owned(db.Set<ChildRequest>().AsNoTracking(), r => r.FamilyId, r => r.UserId).OrderByDescending(r => r.Id).ToListAsync(cancellationToken);
    }

    /// <summary>The écoles a parent may choose.</summary>
    public async Task<IReadOnlyList<Structure>> SchoolsAsync(CancellationToken cancellationToken) =>
        await db.Structures.AsNoTracking().Where(s => s.IsActive && s.Kind == StructureKind.Ecole).OrderBy(s => s.Name).ToListAsync(cancellationToken);

    /// <summary>The requests waiting for a gestionnaire, oldest first.</summary>
    public async Task<IReadOnlyList<ChildRequestReview>> PendingAsync(CancellationToken cancellationToken)
    {
        var pending = await db.Set<ChildRequest>().AsNoTracking().Where(r => r.Status == ChildRequestStatus.EnAttente).OrderBy(r => r.Id).ToListAsync(cancellationToken);
        var reviews = new List<ChildRequestReview>();
        foreach (var request in pending)
        {
            reviews.Add(await ReviewOfAsync(request, cancellationToken));
        }

        return reviews;
    }

    public async Task<ChildRequestReview?> ReviewAsync(int id, CancellationToken cancellationToken) =>
        await db.Set<ChildRequest>().AsNoTracking().SingleOrDefaultAsync(r => r.Id == id, cancellationToken) is { } request
            ? await ReviewOfAsync(request, cancellationToken)
            : null;

    private async Task<ChildRequestReview> ReviewOfAsync(ChildRequest request, CancellationToken cancellationToken)
    {
        var family = await db.Families.AsNoTracking().Where(f => f.Id == request.FamilyId).Select(f => new { f.Name, f.Reference }).SingleAsync(cancellationToken);
        var current = request.ChildId is { } childId && request.Kind == ChildRequestKind.Modification
            ? (await DetailsAsync(db.Children.AsNoTracking().Where(c => c.Id == childId), cancellationToken)).SingleOrDefault()
            : null;
        var school = request.SchoolId is { } schoolId ? await db.Structures.AsNoTracking().Where(s => s.Id == schoolId).Select(s => s.Name).SingleOrDefaultAsync(cancellationToken) : null;
        return new ChildRequestReview(request, family.Name, family.Reference, current, school);
    }

    private static async Task<List<ChildDetails>> DetailsAsync(IQueryable<Child> children, CancellationToken cancellationToken)
    {
        var rows = await children.OrderBy(c => c.BirthDate).ThenBy(c => c.FirstName)
            .Select(c => new
            {
                c.Id,
                c.FirstName,
                c.LastName,
                c.BirthDate,
                School = c.Enrolments.Where(e => e.Structure!.Kind == StructureKind.Ecole).OrderByDescending(e => e.Campaign!.OpensOn)
                    .Select(e => new { e.StructureId, e.Structure!.Name, e.SchoolClass }).FirstOrDefault(),
            })
            .ToListAsync(cancellationToken);
        return [.. rows.Select(r => new ChildDetails(r.Id, r.FirstName, r.LastName, r.BirthDate, r.School?.StructureId, r.School?.Name, r.School?.SchoolClass))];
    }
}
