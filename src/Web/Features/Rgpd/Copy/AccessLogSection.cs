using DossierFamille.Web.Data;
using DossierFamille.Web.Features.Commune;
using Microsoft.EntityFrameworkCore;

namespace DossierFamille.Web.Features.Rgpd.Copy;

/// <summary>
/// Who among the staff opened the family's documents or health data. Separated parents: only the entries about
/// fiches the account reaches (an entry about the other parent's pieces names them).
/// </summary>
internal sealed class AccessLogSection(AppDbContext db, AccessLog log, CommuneTime dates) : ICopySection
{
    public async Task WriteAsync(CopyContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var scope = context.Scope;
        var entries = await log.ForFamilyAsync(scope.FamilyId, cancellationToken);
        if (scope.IsSeparated)
        {
            var reachable = (await scope.Fiches(db.Fiches.AsNoTracking()).Select(f => f.Id).ToListAsync(cancellationToken)).ToHashSet();
            entries = [.. entries.Where(e => reachable.Contains(e.FicheId))];
        }

        await context.Archive.AddJsonAsync("consultations.json", entries.Select(e => new { e.At, Staff = e.Actor, Kind = AccessLog.KindLabel(e.Kind), e.What }), cancellationToken);
        await context.Archive.AddHtmlAsync("consultations.html", new CopyHtml("Consultations de vos données par les agents")
            .Paragraph("Chaque ouverture d'une pièce justificative ou d'une fiche sanitaire par un agent de la mairie : qui, quand, quoi.")
            .Table(["Date", "Agent", "Donnée", "Document consulté"], entries.Select(e => (IReadOnlyList<string?>)[dates.DateAndTime(e.At), e.Actor, AccessLog.KindLabel(e.Kind), e.What])), cancellationToken);
        context.Summarise("Consultations par les agents", $"{entries.Count} consultation(s) enregistrée(s).", ("consultations.html", "Lire (consultations.html)"), ("consultations.json", "Données (consultations.json)"));
    }
}
