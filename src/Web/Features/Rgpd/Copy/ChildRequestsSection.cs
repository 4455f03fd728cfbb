using System.Globalization;
using DossierFamille.Web.Data;
using DossierFamille.Web.Features.Children;
using DossierFamille.Web.Features.Commune;
using Microsoft.EntityFrameworkCore;

namespace DossierFamille.Web.Features.Rgpd.Copy;

/// <summary>The account's requests about a child (separated parents: its own only) and the mairie's decisions.</summary>
internal sealed class ChildRequestsSection(AppDbContext db, CommuneTime dates) : ICopySection
{
    public async Task WriteAsync(CopyContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var requests = await context.Scope.Owned(db.Set<ChildRequest>().AsNoTracking(), r => r.FamilyId, r => r.UserId)
            .GroupJoin(db.Structures, r => r.SchoolId, s => s.Id, (r, schools) => new { r, schools })
            .SelectMany(x => x.schools.DefaultIfEmpty(), (x, s) => new { Request = x.r, School = s == null ? null : s.Name })
            .OrderBy(x => x.Request.Id)
            .ToListAsync(cancellationToken);
        await context.Archive.AddJsonAsync("demandes-enfants.json", requests.Select(x => new
        {
            x.Request.RequestedAt, Kind = x.Request.Kind.Label(), x.Request.FirstName, x.Request.LastName, x.Request.BirthDate, x.School, x.Request.SchoolClass,
            x.Request.Comment, Status = ChildRequestStatusBadge.Label(x.Request.Status), x.Request.Motif, x.Request.DecidedAt,
        }), cancellationToken);
        await context.Archive.AddHtmlAsync("demandes-enfants.html", new CopyHtml("Demandes concernant un enfant")
            .Table(["Demandée le", "Demande", "Enfant", "Né(e) le", "École et classe", "Commentaire", "Réponse"], requests.Select(x => (IReadOnlyList<string?>)[
                dates.DateAndTime(x.Request.RequestedAt), x.Request.Kind.Label(), $"{x.Request.FirstName} {x.Request.LastName}",
                x.Request.BirthDate.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture), string.Join(", ", new[] { x.School, x.Request.SchoolClass }.Where(v => !string.IsNullOrWhiteSpace(v))),
                x.Request.Comment, Answer(x.Request)])), cancellationToken);
        context.Summarise("Demandes concernant un enfant", $"{requests.Count} demande(s) de modification ou de nouvel enfant.", ("demandes-enfants.html", "Lire (demandes-enfants.html)"), ("demandes-enfants.json", "Données (demandes-enfants.json)"));
    }

    private string Answer(ChildRequest request) => request.IsPending
        ? ChildRequestStatusBadge.Label(request.Status)
        : $"{ChildRequestStatusBadge.Label(request.Status)} le {dates.DateAndTime(request.DecidedAt)}{(request.Motif is null ? "" : $" : {request.Motif}")}";
}
