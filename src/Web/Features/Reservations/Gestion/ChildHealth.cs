using DossierFamille.Web.Data;
using DossierFamille.Web.Features.Dossier;
using Microsoft.EntityFrameworkCore;

namespace DossierFamille.Web.Features.Reservations.Gestion;

/// <summary>What the staff at the door and the canteen must know of a child, from its latest transmitted fiche enfant.</summary>
public sealed record ChildHealth(string? Allergies, bool Pai, string? Diet)
{
    public static readonly ChildHealth None = new(null, false, null);

    public bool HasAny => Pai || !string.IsNullOrWhiteSpace(Allergies) || !string.IsNullOrWhiteSpace(Diet);

    /// <summary>By child; a child whose fiche enfant was never transmitted is absent (nothing declared).</summary>
    public static async Task<Dictionary<int, ChildHealth>> LoadAsync(AppDbContext db, IEnumerable<int> childIds, CancellationToken cancellationToken)
    {
        var ids = childIds.Distinct().ToList();
        var fiches = await db.Fiches.AsNoTracking()
            .Where(f => f.Kind == FicheKind.Enfant && f.ChildId != null && ids.Contains(f.ChildId.Value) && f.TransmittedAt != null)
            .ToListAsync(cancellationToken);
        return fiches.GroupBy(f => f.ChildId!.Value)
            .Select(g => g.OrderByDescending(f => f.CampaignId).First())
            .ToDictionary(f => f.ChildId!.Value, f => FicheContent.Enfant(f) is var data ? new ChildHealth(Blank(data.Allergies), data.Pai, Blank(data.Diet)) : None);
    }

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
