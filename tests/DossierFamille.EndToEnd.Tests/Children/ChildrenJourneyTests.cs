using DossierFamille.EndToEnd.Tests.Infrastructure;
using DossierFamille.Web.Features.Accounts;
using Microsoft.Playwright;
using static DossierFamille.EndToEnd.Tests.Infrastructure.SignIn;

namespace DossierFamille.EndToEnd.Tests.Children;

[Trait("Category", "Dossier")]
public sealed class ChildrenJourneyTests(BrowserPortal portal) : IClassFixture<BrowserPortal>
{
    [Fact]
    public async Task On_a_phone_a_parent_declares_a_new_child_after_a_mistake_and_the_gestionnaire_refuses_then_the_admin_previews_the_emails()
    {
        var family = await portal.CreateFamilyAsync();
        await portal.AddChildAsync(family, "Lina");

        var parent = await portal.NewPageAsync(phone: true);
        await LoginAsync(parent, family.UserName);
        await parent.GotoAsync("/enfants");
        await parent.GetByText("04/05/2018").WaitForAsync();
        await parent.CheckPageAsync();
        await parent.GetByRole(AriaRole.Link, new() { Name = "Déclarer un nouvel enfant" }).ClickAsync();
        await parent.GetByRole(AriaRole.Heading, new() { Name = "Déclarer un nouvel enfant" }).WaitForAsync();
        await parent.CheckPageAsync();
        await parent.GetByLabel("Nom", new() { Exact = true }).FillAsync(family.Reference);
        await parent.GetByLabel("Date de naissance").FillAsync("2021-09-30");
        await parent.GetByRole(AriaRole.Button, new() { Name = "Envoyer la demande" }).ClickAsync();
        await parent.Locator("#FirstName-erreur").WaitForAsync();
        await parent.CheckPageAsync();
        Assert.Equal(family.Reference, await parent.GetByLabel("Nom", new() { Exact = true }).InputValueAsync());
        await parent.GetByLabel("Prénom").FillAsync("Noé");
        await parent.GetByRole(AriaRole.Button, new() { Name = "Envoyer la demande" }).ClickAsync();
        await parent.GetByText("Votre demande est envoyée à la mairie.").WaitForAsync();
        await parent.CheckPageAsync();

        var gestionnaire = await portal.NewPageAsync(phone: true);
        await LoginAsync(gestionnaire, await portal.CreateStaffAsync(Roles.Gestionnaire));
        await gestionnaire.GotoAsync("/gestion/enfants/demandes");
        await gestionnaire.CheckPageAsync();
        await gestionnaire.GetByRole(AriaRole.Link, new() { Name = $"Noé {family.Reference}" }).ClickAsync();
        await gestionnaire.GetByRole(AriaRole.Button, new() { Name = "Refuser la demande" }).WaitForAsync();
        await gestionnaire.CheckPageAsync();
        await gestionnaire.GetByRole(AriaRole.Button, new() { Name = "Refuser la demande" }).ClickAsync();
        await gestionnaire.Locator("#Motif-erreur").WaitForAsync();
        await gestionnaire.CheckPageAsync();
        await gestionnaire.GetByLabel("Motif du refus (envoyé à la famille)").FillAsync("Joignez l'acte de naissance à un message.");
        await gestionnaire.GetByRole(AriaRole.Button, new() { Name = "Refuser la demande" }).ClickAsync();
        await gestionnaire.WaitForURLAsync("**/gestion/enfants/demandes?decision=refusee");
        await gestionnaire.CheckPageAsync();

        await parent.GotoAsync("/enfants");
        await parent.GetByText("Motif du refus : Joignez l'acte de naissance à un message.").WaitForAsync();
        await parent.CheckPageAsync();

        var admin = await portal.NewPageAsync(phone: true);
        await LoginAsync(admin, await portal.CreateStaffAsync(Roles.Admin));
        await admin.GotoAsync("/admin/emails");
        await admin.CheckPageAsync();
        await admin.GetByRole(AriaRole.Link, new() { Name = "Demande sur un enfant reçue" }).ClickAsync();
        await admin.GetByRole(AriaRole.Heading, new() { Name = "Version texte" }).WaitForAsync();
        await admin.CheckPageAsync();
        Assert.Contains("Noé Dupont", await admin.Locator("body").InnerTextAsync(), StringComparison.Ordinal);
    }
}
