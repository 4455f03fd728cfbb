using DossierFamille.EndToEnd.Tests.Infrastructure;
using DossierFamille.Web.Data;
using DossierFamille.Web.Features.Accounts;
using DossierFamille.Web.Features.Commune;
using DossierFamille.Web.Features.Families;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static DossierFamille.EndToEnd.Tests.Infrastructure.SignIn;

namespace DossierFamille.EndToEnd.Tests.Gestion;

[Trait("Category", "Dossier")]
public sealed class AnnouncementsJourneyTests(BrowserPortal portal) : IClassFixture<BrowserPortal>
{
    [Fact]
    public async Task A_gestionnaire_writes_news_for_one_structure_and_the_parent_reads_it_with_that_structure_chosen_in_the_header()
    {
        var family = await portal.CreateFamilyAsync();
        var linaId = await portal.AddChildAsync(family, "Lina");
        var leisure = await AddChildInNewStructureAsync(family.Reference, linaId, "Noé");
        var gestionnaireName = await portal.CreateStaffAsync(Roles.Gestionnaire);

        var gestionnaire = await portal.NewPageAsync(phone: true);
        await LoginAsync(gestionnaire, gestionnaireName);
        await gestionnaire.GotoAsync("/gestion/actualites");
        await gestionnaire.CheckPageAsync();
        await gestionnaire.GetByLabel("Texte", new() { Exact = true }).FillAsync("Les inscriptions aux mercredis ouvrent lundi.");
        await gestionnaire.GetByRole(AriaRole.Button, new() { Name = "Publier" }).ClickAsync();
        await gestionnaire.Locator("#Title-erreur").GetByText("Indiquez le titre de l'actualité.").WaitForAsync();
        await gestionnaire.CheckPageAsync();
        await gestionnaire.GetByLabel("Titre", new() { Exact = true }).FillAsync($"Mercredis {family.Reference}");
        await gestionnaire.GetByLabel("Pour", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = leisure.Name });
        await gestionnaire.GetByRole(AriaRole.Button, new() { Name = "Publier" }).ClickAsync();
        await gestionnaire.GetByText("Modification enregistrée.").WaitForAsync();
        await gestionnaire.CheckPageAsync();

        var parent = await portal.NewPageAsync(phone: true);
        await LoginAsync(parent, family.UserName);
        await parent.GetByRole(AriaRole.Heading, new() { Name = $"Mercredis {family.Reference}" }).WaitForAsync();
        await parent.GetByRole(AriaRole.Button, new() { Name = "Menu" }).ClickAsync();
        await parent.GetByLabel("Structure affichée").SelectOptionAsync(new SelectOptionValue { Label = leisure.Name });
        await parent.GetByText($"Structure affichée : {leisure.Name}").WaitForAsync();
        await parent.CheckPageAsync();
        var toDo = parent.Locator("section.todo");
        Assert.Equal(1, await toDo.GetByText("Noé", new() { Exact = false }).CountAsync());
        Assert.Equal(0, await toDo.GetByText("Lina", new() { Exact = false }).CountAsync());
        Assert.True(await parent.GetByRole(AriaRole.Heading, new() { Name = $"Mercredis {family.Reference}" }).IsVisibleAsync());
    }

    private async Task<Structure> AddChildInNewStructureAsync(string reference, int firstChildId, string firstName)
    {
        await using var scope = portal.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var campaignId = await db.Enrolments.Where(e => e.ChildId == firstChildId).Select(e => e.CampaignId).FirstAsync();
        var familyId = await db.Children.Where(c => c.Id == firstChildId).Select(c => c.FamilyId).SingleAsync();
        var leisure = new Structure { Name = $"Accueil de loisirs {reference}", Kind = StructureKind.AccueilDeLoisirs };
        var child = new Child { FamilyId = familyId, FirstName = firstName, LastName = reference, BirthDate = new DateOnly(2016, 2, 3) };
        child.Enrolments.Add(new Enrolment { Structure = leisure, CampaignId = campaignId });
        db.Children.Add(child);
        await db.SaveChangesAsync();
        return leisure;
    }
}
