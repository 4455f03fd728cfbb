using DossierFamille.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace DossierFamille.Web.Features.Families;

/// <summary>The gestionnaires' family search: by reference, family name, or a responsable's or child's name; paged.</summary>
public sealed class FamilyDirectory(AppDbContext db)
{
    public const int PageSize = 25;

    public async Task<FamilySearchResult> SearchAsync(string? text, int page, CancellationToken cancellationToken)
    {
        var query = db.Families.AsNoTracking().Where(f => f.ClosedAt == null);
        if (!string.IsNullOrWhiteSpace(text))
        {
            var term = text.Trim().ToLowerInvariant();
#pragma warning disable CA1304, CA1311, CA1862 // EF translates ToLower() to SQL LOWER() on the three providers; the culture and StringComparison overloads are not translatable.
            query = query.Where(f => f.Reference.ToLower().Contains(term)
                || f.Name.ToLower().Contains(term)
                || f.Responsables.Any(r => (r.FirstName + " " + r.LastName).ToLower().Contains(term))
                || f.Children.Any(c => (c.FirstName + " " + c.LastName).ToLower().Contains(term)));
#pragma warning restore CA1304, CA1311, CA1862
        }

        var total = await query.CountAsync(cancellationToken);
        var pageCount = Math.Max(1, (total + PageSize - 1) / PageSize);
        var current = Math.Clamp(page, 1, pageCount);
        var rows = await query.OrderBy(f => f.Name).ThenBy(f => f.Reference).Skip((current - 1) * PageSize).Take(PageSize)
            .Select(f => new
            {
                f.Id,
                f.Reference,
                f.Name,
                Responsables = f.Responsables.OrderBy(r => r.Id).Select(r => r.FirstName + " " + r.LastName).ToList(),
                Children = f.Children.Count,
            })
            .ToListAsync(cancellationToken);
        return new FamilySearchResult([.. rows.Select(r => new FamilyListItem(r.Id, r.Reference, r.Name, r.Responsables, r.Children))], total, current, pageCount);
    }
}
