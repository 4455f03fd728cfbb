using DossierFamille.Web.Data;
using DossierFamille.Web.Features.Commune;
using DossierFamille.Web.Features.Families;
using DossierFamille.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DossierFamille.Web.Tests.Features.Home;

/// <summary>The header lists the family's own structures; the one chosen filters the to-do list and is kept for the next visits.</summary>
public sealed class StructureSelectorTests(SqlitePortal portal) : IClassFixture<SqlitePortal>
{
    [Fact]
    public async Task A_parent_chooses_a_structure_in_the_header_and_the_to_do_list_follows_it()
    {
        var family = await portal.CreateFamilyAsync();
        var linaId = await portal.AddChildAsync(family, "Lina");
        var (school, leisure, other) = await AddSecondChildInItsOwnStructureAsync(family, linaId, "Noé");
        var parent = PortalClient.For(portal);
        await parent.SignInAsync(family.UserName, TestFamily.Password);

        var home = await parent.PageAsync("/");
        var selector = Between(home, "<select id=\"df-structure\"", "</select>");
        Assert.Contains($"<option value=\"{school.Id}\">{school.Name}</option>", selector, StringComparison.Ordinal);
        Assert.Contains($"<option value=\"{leisure.Id}\">{leisure.Name}</option>", selector, StringComparison.Ordinal);
        Assert.DoesNotContain(other.Name, selector, StringComparison.Ordinal);
        Assert.Contains("Lina", ToDo(home), StringComparison.Ordinal);
        Assert.Contains("Noé", ToDo(home), StringComparison.Ordinal);

        var chosen = await parent.PageAsync($"/?structure={leisure.Id}");
        Assert.Contains("Noé", ToDo(chosen), StringComparison.Ordinal);
        Assert.DoesNotContain("Lina", ToDo(chosen), StringComparison.Ordinal);
        Assert.Contains($"Structure affichée : {leisure.Name}", chosen, StringComparison.Ordinal);

        var later = await parent.PageAsync("/");
        Assert.Contains($"<option value=\"{leisure.Id}\" selected>{leisure.Name}</option>", later, StringComparison.Ordinal);
        Assert.DoesNotContain("Lina", ToDo(later), StringComparison.Ordinal);

        var notTheirs = await parent.PageAsync($"/?structure={other.Id}");
        Assert.Contains("Lina", ToDo(notTheirs), StringComparison.Ordinal);
        Assert.Contains("Noé", ToDo(notTheirs), StringComparison.Ordinal);
        Assert.DoesNotContain("Structure affichée :", notTheirs, StringComparison.Ordinal);
        Assert.Contains("Lina", ToDo(await parent.PageAsync("/")), StringComparison.Ordinal);
    }

    private async Task<(Structure School, Structure Leisure, Structure Other)> AddSecondChildInItsOwnStructureAsync(TestFamily family, int firstChildId, string firstName)
    {
        await using var scope = portal.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var first = await db.Enrolments.Include(e => e.Structure).FirstAsync(e => e.ChildId == firstChildId);
        var suffix = family.Reference;
        var leisure = new Structure { Name = $"Accueil de loisirs {suffix}", Kind = StructureKind.AccueilDeLoisirs };
        var other = new Structure { Name = $"Autre école {suffix}" };
        db.Structures.AddRange(leisure, other);
        var familyId = await db.Families.Where(f => f.Reference == family.Reference).Select(f => f.Id).SingleAsync();
        var child = new Child { FamilyId = familyId, FirstName = firstName, LastName = family.Reference, BirthDate = new DateOnly(2016, 2, 3) };
        child.Enrolments.Add(new Enrolment { Structure = leisure, CampaignId = first.CampaignId });
        db.Children.Add(child);
        await db.SaveChangesAsync();
        return (first.Structure!, leisure, other);
    }

    private static string ToDo(string html) => Between(html, "Ce qu'il vous reste à faire", "</section>");

    private static string Between(string html, string start, string end)
    {
        var from = html.IndexOf(start, StringComparison.Ordinal);
        Assert.True(from >= 0, $"'{start}' not found");
        return html[from..html.IndexOf(end, from, StringComparison.Ordinal)];
    }
}
