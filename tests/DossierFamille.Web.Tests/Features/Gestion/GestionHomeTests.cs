using System.Net;
using System.Text;
using DossierFamille.Web.Features.Accounts;
using DossierFamille.Web.Tests.Infrastructure;
using MiniExcelLibs;

namespace DossierFamille.Web.Tests.Features.Gestion;

/// <summary>The gestionnaire's home says what waits, and the families' dossier state leaves as a CSV file Excel opens or as a workbook.</summary>
public sealed class GestionHomeTests(SqlitePortal portal) : IClassFixture<SqlitePortal>
{
    [Fact]
    public async Task The_home_counts_what_waits_and_the_export_gives_each_familys_fiches_by_state()
    {
        var family = await portal.CreateFamilyAsync();
        await portal.AddChildAsync(family, "Lina");
        var parent = PortalClient.For(portal);
        await parent.SignInAsync(family.UserName, TestFamily.Password);
        await DossierSteps.TransmitFicheFamilleAsync(parent, portal, family);
        var gestionnaire = PortalClient.For(portal);
        await gestionnaire.SignInAsync(await portal.CreateStaffAsync(Roles.Gestionnaire), TestFamily.Password);

        var home = await gestionnaire.PageAsync("/gestion");
        Assert.Matches(@"[1-9]\d* fiche\(s\) transmise\(s\) en attente de vérification ; la plus ancienne attend depuis", home);
        Assert.Matches(@"Campagne \d{4}-\d{4} : \d+ enfant\(s\) au dossier complet sur [1-9]\d* inscrit\(s\)", home);
        Assert.Contains("href=\"/gestion/familles\"", home, StringComparison.Ordinal);

        using var export = await gestionnaire.GetAsync("/gestion/familles/export.csv");
        Assert.Equal(HttpStatusCode.OK, export.StatusCode);
        Assert.Equal("text/csv", export.Content.Headers.ContentType?.MediaType);
        var bytes = await export.Content.ReadAsByteArrayAsync();
        Assert.Equal(Encoding.UTF8.Preamble.ToArray(), bytes[..3]);
        var lines = Encoding.UTF8.GetString(bytes[3..]).Split("\r\n");
        Assert.Equal("Référence;Famille;Responsables;Enfants;Fiches à transmettre;Fiches transmises;Fiches acceptées;Fiches refusées;Enfants au dossier complet", lines[0]);
        var row = Assert.Single(lines, l => l.StartsWith(family.Reference + ";", StringComparison.Ordinal)).Split(';');
        Assert.Equal(["1", "1", "1", "0", "0", "0"], row[3..]);

        using var workbook = await gestionnaire.GetAsync("/gestion/familles/export.xlsx");
        Assert.Equal(HttpStatusCode.OK, workbook.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", workbook.Content.Headers.ContentType?.MediaType);
        Assert.EndsWith(".xlsx", workbook.Content.Headers.ContentDisposition?.FileNameStar ?? workbook.Content.Headers.ContentDisposition?.FileName, StringComparison.Ordinal);
        using var xlsx = new MemoryStream(await workbook.Content.ReadAsByteArrayAsync());
        var sheet = MiniExcel.Query(xlsx, useHeaderRow: true, excelType: ExcelType.XLSX).Cast<IDictionary<string, object>>().ToList();
        Assert.Equal(lines[0].Split(';'), sheet[0].Keys);
        var sheetRow = Assert.Single(sheet, r => Equals(r["Référence"], family.Reference));
        Assert.Equal(1.0, sheetRow["Enfants"]);
        Assert.Equal(1.0, sheetRow["Fiches transmises"]);
        Assert.Contains("href=\"/gestion/familles/export.xlsx\"", home, StringComparison.Ordinal);

        foreach (var path in new[] { "/gestion/familles/export.csv", "/gestion/familles/export.xlsx" })
        {
            var parentExport = await parent.GetAsync(path);
            Assert.Equal(HttpStatusCode.Forbidden, parentExport.StatusCode);
        }
    }
}
