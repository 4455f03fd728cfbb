using System.Net;
using DossierFamille.Web.Data;
using DossierFamille.Web.Features.Accounts;
using DossierFamille.Web.Features.Designer;
using DossierFamille.Web.Features.Dossier;
using DossierFamille.Web.Features.Families;
using DossierFamille.Web.Tests.Infrastructure;
using DossierFamille.Workflows.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DossierFamille.Web.Tests.Features.Families;

public abstract class FamilyPageTests<TPortal>(TPortal portal) : IClassFixture<TPortal>
    where TPortal : PortalFactory
{
    [Fact]
    public async Task A_gestionnaire_sees_responsables_children_fiches_with_their_history_signatures_and_workflows()
    {
        var family = await portal.CreateFamilyAsync(responsables: 2, separated: true);
        var childId = await portal.AddChildAsync(family, "Lucie");
        var structure = await QueryAsync(db => db.Enrolments.Where(e => e.ChildId == childId).Select(e => new { e.StructureId, e.Structure!.Name }).SingleAsync());
        if (!await QueryAsync(db => db.Reglements.AnyAsync(r => r.StructureId == structure.StructureId)))
        {
            await DossierSteps.PublishReglementAsync(portal, structure.StructureId);
        }

        var parent = PortalClient.For(portal);
        await parent.SignInAsync(family.UserName, TestFamily.Password);
        await parent.PageAsync("/dossier");
        var fiche = (await DossierSteps.FichesAsync(portal, family)).First(f => f.Kind == FicheKind.Responsable && f.Title.Contains("Alice", StringComparison.Ordinal));
        await DossierSteps.TransmitCompleteAsync(parent, portal, family, fiche);
        await DossierSteps.SignReglementAsync(parent, childId);
        var gestionnaire = PortalClient.For(portal);
        await gestionnaire.SignInAsync(await portal.CreateStaffAsync(Roles.Gestionnaire), TestFamily.Password);
        var familyId = await FamilyIdAsync(family);
        Assert.Contains(FamiliesModule.FamilyPath(familyId), await gestionnaire.PageAsync("/gestion/fiches"), StringComparison.Ordinal);
        await DossierSteps.DecideAsync(gestionnaire, fiche.Id, ApplyFicheDecisionActivity.Refuse, "L'avis d'imposition est illisible.");
        var correlation = fiche.Id.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var review = await QueryAsync(db => db.Set<WfInstance>().SingleAsync(i => i.DefinitionId == FicheReviewWorkflow.DefinitionId && i.CorrelationId == correlation));

        var page = await gestionnaire.PageAsync(FamiliesModule.FamilyPath(familyId));

        Assert.Contains($"({family.Reference})", page, StringComparison.Ordinal);
        Assert.Contains("Parents séparés", page, StringComparison.Ordinal);
        Assert.Contains(family.Emails[1], page, StringComparison.Ordinal);
        Assert.Contains($"Lucie {family.Reference}", page, StringComparison.Ordinal);
        Assert.Contains(structure.Name, page, StringComparison.Ordinal);
        Assert.Contains(fiche.Title, page, StringComparison.Ordinal);
        Assert.Contains("Refusée", page, StringComparison.Ordinal);
        Assert.Contains("Validée et transmise", page, StringComparison.Ordinal);
        Assert.Contains("L'avis d'imposition est illisible.", page, StringComparison.Ordinal);
        Assert.Contains("Signé par", page, StringComparison.Ordinal);
        Assert.Contains("(en vigueur)", page, StringComparison.Ordinal);
        Assert.Contains(DesignerPaths.Instance(review.Id), page, StringComparison.Ordinal);
        Assert.Contains("Signature du règlement intérieur", page, StringComparison.Ordinal);
        Assert.Contains("Dossier en cours", page, StringComparison.Ordinal);
        Assert.Contains(FamiliesModule.FamilyPath(familyId), await gestionnaire.PageAsync($"/gestion/fiches/{fiche.Id}"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Families_are_found_by_reference_name_or_child_and_listed_by_pages_of_25()
    {
        var prefix = "PAGE" + Guid.NewGuid().ToString("N")[..6].ToUpperInvariant();
        await QueryAsync(async db =>
        {
            for (var i = 1; i <= 27; i++)
            {
                var family = new Family { Reference = $"{prefix}-{i:00}", Name = $"{prefix} {i:00}" };
                family.Children.Add(new Child { FirstName = "Enfant", LastName = $"{prefix}{i:00}", BirthDate = new DateOnly(2019, 1, 1) });
                db.Families.Add(family);
            }

            return await db.SaveChangesAsync();
        });
        var gestionnaire = PortalClient.For(portal);
        await gestionnaire.SignInAsync(await portal.CreateStaffAsync(Roles.Gestionnaire), TestFamily.Password);

        var first = await gestionnaire.PageAsync($"/gestion/familles?q={prefix.ToLowerInvariant()}");
        var second = await gestionnaire.PageAsync($"/gestion/familles?q={prefix}&page=2");
        var byReference = await gestionnaire.PageAsync($"/gestion/familles?q={prefix}-07");
        var byChild = await gestionnaire.PageAsync($"/gestion/familles?q=enfant%20{prefix}13");

        Assert.Contains("27 famille(s)", first, StringComparison.Ordinal);
        Assert.Contains("Page 1 sur 2", first, StringComparison.Ordinal);
        Assert.Contains($"{prefix} 25", first, StringComparison.Ordinal);
        Assert.DoesNotContain($"{prefix} 26", first, StringComparison.Ordinal);
        Assert.Contains($"{prefix} 27", second, StringComparison.Ordinal);
        Assert.DoesNotContain($"{prefix} 01", second, StringComparison.Ordinal);
        Assert.Contains("1 famille(s)", byReference, StringComparison.Ordinal);
        Assert.Contains($"{prefix} 07", byReference, StringComparison.Ordinal);
        Assert.Contains($"{prefix} 13", byChild, StringComparison.Ordinal);
        Assert.Contains("/gestion/familles", await gestionnaire.PageAsync("/gestion"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Parents_reach_no_family_page_not_even_their_own_and_never_see_another_familys_children()
    {
        var family = await portal.CreateFamilyAsync();
        await portal.AddChildAsync(family, "Mona");
        var other = await portal.CreateFamilyAsync();
        await portal.AddChildAsync(other, "Oscar");
        var parent = PortalClient.For(portal);
        await parent.SignInAsync(family.UserName, TestFamily.Password);
        var admin = PortalClient.For(portal);
        await admin.SignInAsync(await portal.CreateStaffAsync(Roles.Admin), TestFamily.Password);
        var otherId = await FamilyIdAsync(other);

        using var list = await parent.GetAsync(FamiliesModule.GestionPath);
        using var own = await parent.GetAsync(FamiliesModule.FamilyPath(await FamilyIdAsync(family)));
        using var stranger = await parent.GetAsync(FamiliesModule.FamilyPath(otherId));
        using var unknown = await admin.GetAsync(FamiliesModule.FamilyPath(987654321));

        Assert.Equal(HttpStatusCode.Forbidden, list.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, own.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, stranger.StatusCode);
        Assert.DoesNotContain("Oscar", await stranger.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Contains($"Oscar {other.Reference}", await admin.PageAsync(FamiliesModule.FamilyPath(otherId)), StringComparison.Ordinal);
        var dossier = await parent.PageAsync("/dossier");
        Assert.Contains($"Mona {family.Reference}", dossier, StringComparison.Ordinal);
        Assert.DoesNotContain("Oscar", dossier, StringComparison.Ordinal);
    }

    private Task<int> FamilyIdAsync(TestFamily family) => QueryAsync(db => db.Families.Where(f => f.Reference == family.Reference).Select(f => f.Id).SingleAsync());

    private async Task<T> QueryAsync<T>(Func<AppDbContext, Task<T>> query)
    {
        await using var scope = portal.Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<AppDbContext>());
    }
}

[Trait("Database", "Sqlite")]
public sealed class FamilyPageTestsOnSqlite(SqlitePortal portal) : FamilyPageTests<SqlitePortal>(portal);

[Trait("Database", "PostgreSql")]
public sealed class FamilyPageTestsOnPostgreSql(PostgreSqlPortal portal) : FamilyPageTests<PostgreSqlPortal>(portal);
