using DossierFamille.Web.Data;
using DossierFamille.Web.Features.Settings;
using Microsoft.EntityFrameworkCore;

namespace DossierFamille.Web.Features.Dossier;

/// <summary>
/// Which pièces justificatives a fiche needs: the commune's active rules for its kind whose
/// condition holds on its content (the rules are edited on the admin page "Pièces justificatives").
/// </summary>
public sealed class PieceRequirements(AppDbContext db)
{
    private List<PieceRule>? rules;

    public async Task<IReadOnlyList<RequiredPiece>> ForAsync(FicheKind kind, object data, CancellationToken cancellationToken)
    {
        rules ??= await db.PieceRules.AsNoTracking().Where(r => r.IsActive).OrderBy(r => r.SortOrder).ThenBy(r => r.Id).ToListAsync(cancellationToken);
        return [.. rules.Where(r => r.Fiche == kind && r.Condition.HoldsFor(data)).Select(r => new RequiredPiece(r.Code, r.Label))];
    }

    public Task<IReadOnlyList<RequiredPiece>> ForAsync(Fiche fiche, CancellationToken cancellationToken) =>
        ForAsync(fiche.Kind, FicheContent.Read(fiche.Kind, fiche.DataJson), cancellationToken);

    /// <summary>The required pieces of this content that have no file on the fiche yet.</summary>
    public async Task<IReadOnlyList<RequiredPiece>> MissingAsync(Fiche fiche, object data, CancellationToken cancellationToken)
    {
        var required = await ForAsync(fiche.Kind, data, cancellationToken);
        return [.. required.Where(p => fiche.Pieces.All(x => x.PieceCode != p.Code))];
    }
}
