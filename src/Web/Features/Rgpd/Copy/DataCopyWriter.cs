using System.IO.Compression;
using DossierFamille.Web.Data;
using DossierFamille.Web.Features.Commune;
using DossierFamille.Web.Features.Families;
using Microsoft.EntityFrameworkCore;

namespace DossierFamille.Web.Features.Rgpd.Copy;

/// <summary>
/// Writes the zip of a data copy: each section in turn, through the requesting account's <see cref="AccountScope"/>
/// (separated parents: nothing of the other parent's own data), then the summary page <c>index.html</c>.
/// </summary>
internal sealed class DataCopyWriter(AppDbContext db, IEnumerable<ICopySection> sections, CommuneTime dates)
{
    public async Task WriteAsync(DataCopy copy, Stream output, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(copy);
        var family = await db.Families.AsNoTracking().Include(f => f.Responsables).SingleAsync(f => f.Id == copy.FamilyId, cancellationToken);
        var scope = AccountScope.ForParent(family, copy.UserId);
        await using var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true);
        var archive = new CopyArchive(zip);
        var index = new CopyHtml("Copie de vos données – Portail Famille", backLink: null)
            .Paragraph($"Copie préparée le {dates.DateAndTime(now)} à votre demande du {dates.DateAndTime(copy.RequestedAt)} (droit d'accès, article 15 du RGPD).")
            .Paragraph("Elle contient ce que votre compte peut voir sur le portail. Les pages .html se lisent dans un navigateur ; les fichiers .json contiennent les mêmes données pour les réutiliser.");
        var context = new CopyContext(scope, archive, index);
        foreach (var section in sections)
        {
            await section.WriteAsync(context, cancellationToken);
        }

        await archive.AddHtmlAsync("index.html", index, cancellationToken);
    }
}
