using DossierFamille.Web.Data;
using DossierFamille.Web.Features.Accounts;
using DossierFamille.Web.Features.Dossier;
using DossierFamille.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DossierFamille.Web.Tests.Features.Contacts;

public abstract class FamilyContactsTests<TPortal>(TPortal portal) : IClassFixture<TPortal>
    where TPortal : PortalFactory
{
    private const string Page = "/dossier/contacts";

    [Fact]
    public async Task A_contact_serves_several_children_and_is_deleted_only_once_removed_from_each()
    {
        var family = await portal.CreateFamilyAsync();
        var lina = await portal.AddChildAsync(family, "Lina");
        var noah = await portal.AddChildAsync(family, "Noah");
        var parent = PortalClient.For(portal);
        await parent.SignInAsync(family.UserName, TestFamily.Password);

        Assert.Contains("Le numéro de téléphone du contact n'est pas valide.", await Post(parent, Page, new() { ["firstName"] = "Jeanne", ["lastName"] = "Roux", ["phone"] = "12" }), StringComparison.Ordinal);
        await Post(parent, Page, new() { ["firstName"] = "Jeanne", ["lastName"] = "Roux", ["phone"] = "06 01 02 03 04" });
        Assert.Contains("Jeanne Roux fait déjà partie de vos contacts.", await Post(parent, Page, new() { ["firstName"] = "Jeanne", ["lastName"] = "Roux", ["phone"] = "06 01 02 03 05" }), StringComparison.Ordinal);
        var contactId = await ContactIdAsync(family, "Roux");

        var refused = await Post(parent, $"{Page}/{contactId}/enfants", new() { ["childId"] = $"{noah}", ["relationship"] = "Grand-mère" });
        Assert.Contains("Indiquez si le contact peut venir chercher l'enfant", refused, StringComparison.Ordinal);
        // What was typed comes back in the form, opened.
        Assert.Contains("<details open>", refused, StringComparison.Ordinal);
        Assert.Contains("value=\"Grand-mère\"", refused, StringComparison.Ordinal);
        Assert.Contains($"<option value=\"{noah}\" selected>", refused, StringComparison.Ordinal);
        Assert.Contains("value=\"Jeanne\"", await Post(parent, Page, new() { ["firstName"] = "Jeanne", ["lastName"] = "", ["phone"] = "06 01 02 03 04" }), StringComparison.Ordinal);
        await Post(parent, $"{Page}/{contactId}/enfants", new() { ["childId"] = $"{lina}", ["relationship"] = "Grand-mère", ["mayPickUp"] = "true", ["emergencyCall"] = "true" });
        await Post(parent, $"{Page}/{contactId}/enfants", new() { ["childId"] = $"{noah}", ["relationship"] = "Marraine", ["emergencyCall"] = "true" });
        var page = await Post(parent, $"{Page}/{contactId}/telephone", new() { ["phone"] = "07 99 88 77 66" });
        Assert.Contains("Lina : Grand-mère – peut venir chercher l'enfant et être appelé en cas d'urgence", page, StringComparison.Ordinal);
        Assert.Contains("Noah : Marraine – à appeler en cas d'urgence", page, StringComparison.Ordinal);
        Assert.Contains("value=\"07 99 88 77 66\"", page, StringComparison.Ordinal);

        Assert.Contains("Retirez d'abord Jeanne Roux de chaque enfant, puis supprimez le contact.", await Post(parent, $"{Page}/{contactId}/supprimer", []), StringComparison.Ordinal);
        await Post(parent, $"{Page}/{contactId}/enfants/{lina}/retirer", []);
        await Post(parent, $"{Page}/{contactId}/enfants/{noah}/retirer", []);
        Assert.Contains("Modification enregistrée.", await Post(parent, $"{Page}/{contactId}/supprimer", []), StringComparison.Ordinal);
        await using var scope = portal.Services.CreateAsyncScope();
        Assert.False(await scope.ServiceProvider.GetRequiredService<AppDbContext>().Contacts.AnyAsync(c => c.Id == contactId));
    }

    [Fact]
    public async Task The_childs_contacts_show_on_its_review_and_another_family_cannot_touch_them()
    {
        var family = await portal.CreateFamilyAsync();
        var childId = await portal.AddChildAsync(family, "Lina");
        var parent = PortalClient.For(portal);
        await parent.SignInAsync(family.UserName, TestFamily.Password);
        await Post(parent, Page, new() { ["firstName"] = "Paul", ["lastName"] = "Voisin", ["phone"] = "06 11 11 11 11" });
        var contactId = await ContactIdAsync(family, "Voisin");
        await Post(parent, $"{Page}/{contactId}/enfants", new() { ["childId"] = $"{childId}", ["relationship"] = "Voisin", ["mayPickUp"] = "true" });

        var other = await portal.CreateFamilyAsync();
        var otherChild = await portal.AddChildAsync(other, "Hugo");
        var intruder = PortalClient.For(portal);
        await intruder.SignInAsync(other.UserName, TestFamily.Password);
        const string notFound = "Ce contact ou cet enfant n'existe pas dans votre famille.";
        Assert.Contains(notFound, await Post(intruder, $"{Page}/{contactId}/enfants/{childId}/retirer", []), StringComparison.Ordinal);
        Assert.Contains(notFound, await Post(intruder, $"{Page}/{contactId}/telephone", new() { ["phone"] = "06 00 00 00 00" }), StringComparison.Ordinal);
        Assert.DoesNotContain("Paul Voisin", await intruder.PageAsync(Page), StringComparison.Ordinal);
        Assert.Contains(notFound, await Post(parent, $"{Page}/{contactId}/enfants", new() { ["childId"] = $"{otherChild}", ["relationship"] = "Voisin", ["mayPickUp"] = "true" }), StringComparison.Ordinal);

        await parent.PageAsync("/dossier");
        var fiche = (await DossierSteps.FichesAsync(portal, family)).Single(f => f.ChildId == childId);
        Assert.Contains("Paul Voisin (Voisin), 06 11 11 11 11 – peut venir chercher l'enfant", await parent.PageAsync($"/dossier/fiches/{fiche.Id}"), StringComparison.Ordinal);
        var gestionnaire = PortalClient.For(portal);
        await gestionnaire.SignInAsync(await portal.CreateStaffAsync(Roles.Gestionnaire), TestFamily.Password);
        Assert.Contains("Paul Voisin (Voisin), 06 11 11 11 11", await gestionnaire.PageAsync($"/gestion/fiches/{fiche.Id}"), StringComparison.Ordinal);
    }

    private static Task<string> Post(PortalClient client, string action, Dictionary<string, string> fields) => client.PostFormAsync(Page, action, fields);

    private async Task<int> ContactIdAsync(TestFamily family, string lastName)
    {
        await using var scope = portal.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        return await db.Contacts.Where(c => c.LastName == lastName && db.Families.Any(f => f.Id == c.FamilyId && f.Reference == family.Reference)).Select(c => c.Id).SingleAsync();
    }
}

[Trait("Database", "Sqlite")]
public sealed class FamilyContactsTestsOnSqlite(SqlitePortal portal) : FamilyContactsTests<SqlitePortal>(portal);

[Trait("Database", "PostgreSql")]
public sealed class FamilyContactsTestsOnPostgreSql(PostgreSqlPortal portal) : FamilyContactsTests<PostgreSqlPortal>(portal);
