using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using DossierFamille.Web.Data;
using DossierFamille.Web.Features.Accounts;
using DossierFamille.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DossierFamille.Web.Tests.Features.Families;

public abstract partial class FamilyImportPageTests<TPortal>(TPortal portal) : IClassFixture<TPortal>
    where TPortal : PortalFactory
{
    [Fact]
    public async Task A_file_with_one_bad_line_creates_nothing()
    {
        var id = Guid.NewGuid().ToString("N")[..6];
        var csv = FamilyHeader
            + $"I-{id};BON;NON;MERE;Anne;Bon;anne.{id}@test.example;anne.{id}\n"
            + $"I-{id}b;MAUVAIS;NON;ONCLE;Paul;Mauvais;paul.{id}@test.example;paul.{id}\n";

        var page = await ImportAsync(csv);

        Assert.Contains("Import refusé : rien n'a été créé", page, StringComparison.Ordinal);
        Assert.Contains("Ligne 3 :", page, StringComparison.Ordinal);
        await using var scope = portal.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        Assert.False(await db.Families.AnyAsync(f => f.Reference.StartsWith($"I-{id}")));
        Assert.False(await db.Users.AnyAsync(u => u.UserName == $"anne.{id}"));
    }

    [Fact]
    public async Task A_conflict_found_while_creating_rolls_back_the_families_already_created()
    {
        var existing = await portal.CreateFamilyAsync();
        var id = Guid.NewGuid().ToString("N")[..6];
        var csv = FamilyHeader
            + $"J-{id};PREMIERE;NON;MERE;Anne;Premiere;anne.{id}@test.example;anne.{id}\n"
            + $"J-{id}b;SECONDE;NON;PERE;Paul;Seconde;paul.{id}@test.example;{existing.UserName}\n";

        var page = await ImportAsync(csv);

        Assert.Contains($"L'identifiant « {existing.UserName} » est déjà utilisé.", page, StringComparison.Ordinal);
        await using var scope = portal.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        Assert.False(await db.Families.AnyAsync(f => f.Reference == $"J-{id}"));
        Assert.False(await db.Users.AnyAsync(u => u.UserName == $"anne.{id}"));
    }

    [Fact]
    public async Task Imported_parents_log_in_with_the_temporary_password_shown_once()
    {
        var id = Guid.NewGuid().ToString("N")[..6];
        var csv = FamilyHeader + $"K-{id};IMPORT;NON;PERE;Hugo;Import;hugo.{id}@test.example;hugo.{id}\n";

        var page = await ImportAsync(csv);

        var password = TemporaryPasswordCell().Match(page).Groups[1].Value;
        Assert.False(string.IsNullOrEmpty(password), "No temporary password shown");
        var parent = PortalClient.For(portal);
        await parent.SignInAsync($"hugo.{id}", password);
        using var home = await parent.GetAsync("/");
        Assert.Equal("/compte/nouveau-mot-de-passe", home.RedirectPath());
    }

    [Fact]
    public async Task A_file_saved_by_excel_in_windows_1252_keeps_its_accents_and_an_unreadable_one_is_refused()
    {
        var id = Guid.NewGuid().ToString("N")[..6];
        var windows1252 = CodePagesEncodingProvider.Instance.GetEncoding(1252)!;
        var csv = FamilyHeader + $"L-{id};LEFÈVRE;NON;MERE;Agnès;Lefèvre;agnes.{id}@test.example;agnes.{id}\n";

        await ImportAsync(windows1252.GetBytes(csv));

        await using (var scope = portal.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            var family = await db.Families.Include(f => f.Responsables).SingleAsync(f => f.Reference == $"L-{id}");
            Assert.Equal("LEFÈVRE", family.Name);
            Assert.Equal("Agnès", Assert.Single(family.Responsables).FirstName);
        }

        var unreadable = await ImportAsync([.. Encoding.ASCII.GetBytes(FamilyHeader + $"M-{id};X;NON;MERE;A"), 0x81, 0x8D, .. Encoding.ASCII.GetBytes($";B;m.{id}@test.example;m.{id}\n")]);
        Assert.Contains("Le fichier n'est ni en UTF-8 ni en Windows-1252", unreadable, StringComparison.Ordinal);
    }

    private const string FamilyHeader = "reference;famille;parents_separes;qualite;prenom;nom;email;identifiant\n";

    private Task<string> ImportAsync(string csv) => ImportAsync(Encoding.UTF8.GetBytes(csv));

    private async Task<string> ImportAsync(byte[] csv)
    {
        var admin = await portal.CreateStaffAsync(Roles.Admin);
        var client = PortalClient.For(portal);
        await client.SignInAsync(admin, TestFamily.Password);
        var form = await client.PageAsync("/admin/familles/import");
        var token = Regex.Match(form, "name=\"__RequestVerificationToken\" value=\"([^\"]+)\"").Groups[1].Value;
        using var content = new MultipartFormDataContent
        {
            { new StringContent("import-families"), "_handler" },
            { new StringContent(token), "__RequestVerificationToken" },
            { new ByteArrayContent(csv), "csv", "familles.csv" },
        };
        using var response = await client.Http.PostAsync(new Uri("/admin/familles/import", UriKind.Relative), content);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
    }

    [GeneratedRegex("<td><code>([^<]+)</code></td>")]
    private static partial Regex TemporaryPasswordCell();
}

[Trait("Database", "Sqlite")]
public sealed class FamilyImportPageTestsOnSqlite(SqlitePortal portal) : FamilyImportPageTests<SqlitePortal>(portal);

[Trait("Database", "PostgreSql")]
public sealed class FamilyImportPageTestsOnPostgreSql(PostgreSqlPortal portal) : FamilyImportPageTests<PostgreSqlPortal>(portal);
