using System.Security.Claims;
using DossierFamille.Web.Data;
using DossierFamille.Web.Features.Accounts;
using DossierFamille.Web.Features.Dossier;
using Microsoft.EntityFrameworkCore;

namespace DossierFamille.Web.Features.Rgpd;

/// <summary>Records each time staff open a family's document or a child's health data (article 9 RGPD data).</summary>
internal sealed class AccessLog(AppDbContext db, TimeProvider time)
{
    public static string KindLabel(DocumentAccessKind kind) => kind switch
    {
        DocumentAccessKind.Piece => "Pièce justificative",
        DocumentAccessKind.Sante => "Fiche sanitaire",
        _ => kind.ToString(),
    };

    public async Task RecordPieceAsync(ClaimsPrincipal staff, FichePiece piece, Fiche fiche, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(piece);
        ArgumentNullException.ThrowIfNull(fiche);
        var label = await db.PieceRules.Where(r => r.Code == piece.PieceCode).Select(r => r.Label).FirstOrDefaultAsync(cancellationToken) ?? piece.PieceCode;
        await SaveAsync(staff, fiche, DocumentAccessKind.Piece, piece.Id, $"{label} : {piece.DisplayName} ({fiche.Title})", cancellationToken);
    }

    public Task RecordHealthAsync(ClaimsPrincipal staff, Fiche fiche, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(fiche);
        return SaveAsync(staff, fiche, DocumentAccessKind.Sante, null, $"Vaccinations, allergies, traitement et PAI ({fiche.Title})", cancellationToken);
    }

    /// <summary>A family's log, newest first.</summary>
    public Task<List<DocumentAccess>> ForFamilyAsync(int familyId, CancellationToken cancellationToken) =>
        db.Set<DocumentAccess>().AsNoTracking().Where(a => a.FamilyId == familyId).OrderByDescending(a => a.At).ThenByDescending(a => a.Id).ToListAsync(cancellationToken);

    private async Task SaveAsync(ClaimsPrincipal staff, Fiche fiche, DocumentAccessKind kind, int? pieceId, string what, CancellationToken cancellationToken)
    {
        db.Set<DocumentAccess>().Add(new DocumentAccess
        {
            At = time.GetUtcNow(),
            FamilyId = fiche.FamilyId,
            ActorUserId = staff.FindFirstValue(ClaimTypes.NameIdentifier) ?? string.Empty,
            Actor = staff.GetDisplayName(),
            Kind = kind,
            FicheId = fiche.Id,
            PieceId = pieceId,
            What = what.Length > 500 ? what[..500] : what,
        });
        await db.SaveChangesAsync(cancellationToken);
    }
}
