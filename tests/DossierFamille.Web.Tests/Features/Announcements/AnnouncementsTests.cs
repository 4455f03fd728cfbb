using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using DossierFamille.Web.Data;
using DossierFamille.Web.Features.Accounts;
using DossierFamille.Web.Features.Commune;
using DossierFamille.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DossierFamille.Web.Tests.Features.Announcements;

/// <summary>
/// Staff write the "Actualités" for the whole commune or one structure, from one day to another; a parent reads only the
/// current ones of the commune and of their children's structures. Every change is in the audit log.
/// </summary>
public sealed class AnnouncementsTests(SqlitePortal portal) : IClassFixture<SqlitePortal>
{
    private const string Page = "/gestion/actualites";

    [Fact]
    public async Task A_gestionnaire_publishes_announcements_and_a_parent_reads_only_the_current_ones_for_the_commune_and_their_structures()
    {
        var family = await portal.CreateFamilyAsync();
        var childId = await portal.AddChildAsync(family, "Lina");
        var (ownStructure, otherStructure) = await StructuresAsync(childId, family.Reference);
        var (gestionnaire, gestionnaireName) = await portal.SignedInStaffAsync(Roles.Gestionnaire);
        var parent = PortalClient.For(portal);
        await parent.SignInAsync(family.UserName, TestFamily.Password);
        var today = Today();
        var tag = family.Reference;

        // Validation in French, each error under its field; what was typed stays.
        var refused = await gestionnaire.SubmitForPageAsync(Page, "announcement", Form("", $"Texte {tag}", null, today, today.AddDays(-1)));
        Assert.Contains("<span class=\"field-error\" id=\"Title-erreur\">Indiquez le titre de l'actualité.</span>", refused, StringComparison.Ordinal);
        Assert.Contains("<span class=\"field-error\" id=\"EndOn-erreur\">La date de fin est le jour de publication ou après.</span>", refused, StringComparison.Ordinal);
        Assert.Contains($">Texte {tag}</textarea>", refused, StringComparison.Ordinal);

        await PublishAsync(gestionnaire, Form($"Commune {tag}", "Pour toutes les familles.", null, today, today.AddDays(10)));
        await PublishAsync(gestionnaire, Form($"Structure {tag}", "Pour les familles de l'école.", ownStructure.Id, today.AddDays(-2), null));
        await PublishAsync(gestionnaire, Form($"Autre structure {tag}", "Pour une autre école.", otherStructure.Id, today, null));
        await PublishAsync(gestionnaire, Form($"À venir {tag}", "Pas encore.", null, today.AddDays(3), null));
        await PublishAsync(gestionnaire, Form($"Finie {tag}", "Plus affichée.", null, today.AddDays(-5), today.AddDays(-1)));

        var home = await parent.PageAsync("/");
        Assert.Contains($"<h3>Commune {tag}</h3>", home, StringComparison.Ordinal);
        Assert.Contains($"<h3>Structure {tag}</h3>", home, StringComparison.Ordinal);
        Assert.DoesNotContain($"Autre structure {tag}", home, StringComparison.Ordinal);
        Assert.DoesNotContain($"À venir {tag}", home, StringComparison.Ordinal);
        Assert.DoesNotContain($"Finie {tag}", home, StringComparison.Ordinal);

        // The staff page lists what is online and to come, and an announcement changes or goes.
        var list = await gestionnaire.PageAsync(Page);
        Assert.Matches(Regex.Escape($"À venir {tag}</a></td>") + @"\s*<td>Toute la commune</td>\s*" + Regex.Escape($"<td>à partir du {today.AddDays(3):dd/MM/yyyy}</td>") + @"\s*<td>À venir</td>", list);
        Assert.DoesNotContain($"Finie {tag}", list, StringComparison.Ordinal);
        var id = await IdOfAsync($"Commune {tag}");
        var edit = $"{Page}/{id}";
        var fields = Form($"Commune {tag} (modifiée)", "Pour toutes les familles.", null, today, today.AddDays(10));
        using (var saved = await gestionnaire.SubmitAsync(edit, "announcement", fields))
        {
            Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        }

        Assert.Contains($"<h3>Commune {tag} (modifiée)</h3>", await parent.PageAsync("/"), StringComparison.Ordinal);
        var deleted = await gestionnaire.PostFormAsync(Page, $"{Page}/{id}/supprimer", new Dictionary<string, string>());
        Assert.Contains("L'actualité est supprimée.", deleted, StringComparison.Ordinal);
        Assert.DoesNotContain($"Commune {tag}", await parent.PageAsync("/"), StringComparison.Ordinal);

        await using var scope = portal.Services.CreateAsyncScope();
        var audit = await scope.ServiceProvider.GetRequiredService<AppDbContext>().AuditEntries.AsNoTracking()
            .Where(e => e.Subject == "Actualités" && e.Description.Contains(tag)).OrderBy(e => e.Id).ToListAsync();
        Assert.All(audit, e => Assert.Equal(gestionnaireName, e.Actor));
        Assert.Contains(audit, e => e.Description == $"Publiée : « Structure {tag} », {ownStructure.Name}, à partir du {today.AddDays(-2):dd/MM/yyyy}.");
        Assert.Contains(audit, e => e.Description == $"Modifiée : « Commune {tag} (modifiée) », toute la commune, du {today:dd/MM/yyyy} au {today.AddDays(10):dd/MM/yyyy}.");
        Assert.Contains(audit, e => e.Description == $"Supprimée : « Commune {tag} (modifiée) ».");
    }

    [Fact]
    public async Task Parents_cannot_open_or_post_to_the_staff_page()
    {
        var family = await portal.CreateFamilyAsync();
        var parent = PortalClient.For(portal);
        await parent.SignInAsync(family.UserName, TestFamily.Password);

        using var page = await parent.GetAsync(Page);
        Assert.Equal(HttpStatusCode.Forbidden, page.StatusCode);
        using var missing = await (await portal.SignedInStaffAsync(Roles.Gestionnaire)).Client.GetAsync($"{Page}/987654");
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
    }

    private static async Task PublishAsync(PortalClient gestionnaire, Dictionary<string, string> fields)
    {
        using var response = await gestionnaire.SubmitAsync(Page, "announcement", fields);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("Modification enregistrée.", await gestionnaire.PageAsync(response.RedirectPath()!), StringComparison.Ordinal);
    }

    private static Dictionary<string, string> Form(string title, string body, int? structureId, DateOnly publishOn, DateOnly? endOn) => new()
    {
        ["Input.Title"] = title,
        ["Input.Body"] = body,
        ["Input.StructureId"] = structureId?.ToString(CultureInfo.InvariantCulture) ?? "",
        ["Input.PublishOn"] = Iso(publishOn),
        ["Input.EndOn"] = endOn is { } end ? Iso(end) : "",
    };

    private static string Iso(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static DateOnly Today() =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, TimeZoneInfo.FindSystemTimeZoneById("Europe/Paris")).DateTime);

    private async Task<int> IdOfAsync(string title)
    {
        await using var scope = portal.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<AppDbContext>().Announcements.Where(a => a.Title == title).Select(a => a.Id).SingleAsync();
    }

    private async Task<(Structure Own, Structure Other)> StructuresAsync(int childId, string tag)
    {
        await using var scope = portal.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var own = await db.Enrolments.Where(e => e.ChildId == childId).Select(e => e.Structure!).FirstAsync();
        var other = new Structure { Name = $"Autre école {tag}" };
        db.Structures.Add(other);
        await db.SaveChangesAsync();
        return (own, other);
    }
}
