using DossierFamille.Web.Features.Dossier;
using DossierFamille.Web.Tests.Infrastructure;

namespace DossierFamille.Web.Tests.Features.Dossier;

public abstract class PieceUploadTests<TPortal>(TPortal portal) : IClassFixture<TPortal>
    where TPortal : PortalFactory
{
    [Fact]
    public async Task Uploads_sent_at_the_same_moment_onto_a_piece_never_make_it_hold_more_than_four_files()
    {
        var family = await portal.CreateFamilyAsync();
        await portal.AddChildAsync(family);
        var parent = PortalClient.For(portal);
        await parent.SignInAsync(family.UserName, TestFamily.Password);
        await parent.PageAsync("/dossier");
        var fiche = (await DossierSteps.FichesAsync(portal, family)).First(f => f.Kind == FicheKind.Responsable);
        Assert.Contains("ajoutes=2", await DossierSteps.UploadAsync(parent, fiche.Id, "avis-imposition", ("page1.pdf", SamplePdf.Create("Page 1")), ("page2.pdf", SamplePdf.Create("Page 2"))), StringComparison.Ordinal);

        var redirects = await Task.WhenAll(Enumerable.Range(3, 4).Select(page =>
            DossierSteps.UploadAsync(parent, fiche.Id, "avis-imposition", ($"page{page}.pdf", SamplePdf.Create($"Page {page}")))));

        Assert.Equal(2, redirects.Count(r => r!.Contains("ajoutes=1", StringComparison.Ordinal)));
        var refusals = redirects.Where(r => r!.Contains("ajoutes=0", StringComparison.Ordinal)).ToList();
        Assert.Equal(2, refusals.Count);
        var stored = (await DossierSteps.FichesAsync(portal, family)).Single(f => f.Id == fiche.Id).Pieces;
        Assert.Equal(4, stored.Count(p => p.PieceCode == "avis-imposition"));
        foreach (var refusal in refusals)
        {
            Assert.Contains("cette pièce contient déjà 4 fichiers, le maximum", await parent.PageAsync(refusal!), StringComparison.Ordinal);
        }
    }
}

[Trait("Database", "Sqlite")]
public sealed class PieceUploadTestsOnSqlite(SqlitePortal portal) : PieceUploadTests<SqlitePortal>(portal);

[Trait("Database", "PostgreSql")]
public sealed class PieceUploadTestsOnPostgreSql(PostgreSqlPortal portal) : PieceUploadTests<PostgreSqlPortal>(portal);
