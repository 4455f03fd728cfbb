using System.Globalization;
using System.Net;
using DossierFamille.Web.Data;
using DossierFamille.Web.Features.Accounts;
using DossierFamille.Web.Features.Children;
using DossierFamille.Web.Features.Commune;
using DossierFamille.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DossierFamille.Web.Tests.Features.Children;

/// <summary>Parents read their children's birth date, école and class, and ask the mairie to change them or to add a child.</summary>
public sealed class ChildRequestTests(SqlitePortal portal) : IClassFixture<SqlitePortal>
{
    [Fact]
    public async Task A_parent_asks_to_change_a_child_s_birth_date_and_class_and_the_gestionnaire_s_acceptance_updates_the_child()
    {
        var family = await portal.CreateFamilyAsync();
        var lina = await portal.AddChildAsync(family, "Lina");
        var school = await AddSchoolAsync(family);
        var parent = await SignInAsync(family.UserName);

        var children = await parent.PageAsync(ChildrenModule.ParentPath);
        Assert.Contains("Lina", children, StringComparison.Ordinal);
        Assert.Contains("04/05/2018", children, StringComparison.Ordinal);

        using var sent = await parent.SubmitAsync(ChildrenModule.ChangePath(lina), "demande-enfant", Request("Lina", family.Reference, "2018-05-14", school.Id, "CE2"));
        Assert.Equal($"{ChildrenModule.ParentPath}?envoyee=true", sent.RedirectPath());
        var waiting = await parent.PageAsync(sent.RedirectPath()!);
        Assert.Contains("Votre demande est envoyée à la mairie.", waiting, StringComparison.Ordinal);
        Assert.Contains("En attente de la mairie", waiting, StringComparison.Ordinal);
        Assert.Contains("04/05/2018", waiting, StringComparison.Ordinal); // nothing changes before the mairie accepts

        var toMairie = Assert.Single(await Maildev.WaitForAsync(await CommuneEmailAsync(), e => e.Subject == $"Demande de modification : Lina {family.Reference}"));
        Assert.Contains($"Examiner la demande : {PortalFactory.PublicBaseUrl}{ChildrenModule.GestionPath}", toMairie.Text, StringComparison.Ordinal);

        var (gestionnaire, agent) = await portal.SignedInStaffAsync(Roles.Gestionnaire);
        var id = await RequestIdAsync(family);
        Assert.Contains(ChildrenModule.ReviewPath(id), await gestionnaire.PageAsync(ChildrenModule.GestionPath), StringComparison.Ordinal);
        var review = await gestionnaire.PageAsync(ChildrenModule.ReviewPath(id));
        Assert.Contains("14/05/2018", review, StringComparison.Ordinal);
        Assert.Contains(school.Name, review, StringComparison.Ordinal);
        using var accepted = await gestionnaire.SubmitAsync(ChildrenModule.ReviewPath(id), "accepter", new Dictionary<string, string>());
        Assert.Equal($"{ChildrenModule.GestionPath}?decision=acceptee", accepted.RedirectPath());

        var updated = await parent.PageAsync(ChildrenModule.ParentPath);
        Assert.Contains("14/05/2018", updated, StringComparison.Ordinal);
        Assert.Contains(school.Name, updated, StringComparison.Ordinal);
        Assert.Contains("CE2", updated, StringComparison.Ordinal);
        Assert.Contains("Acceptée", updated, StringComparison.Ordinal);
        var email = Assert.Single(await Maildev.WaitForAsync(family.Email, e => e.Subject == $"Demande acceptée : les informations de Lina {family.Reference}"));
        Assert.Contains($"Voir les informations de vos enfants : {PortalFactory.PublicBaseUrl}{ChildrenModule.ParentPath}", email.Text, StringComparison.Ordinal);
        Assert.Contains(await AuditAsync(agent), a => a.Contains($"Demande n° {id} ", StringComparison.Ordinal) && a.Contains("acceptée", StringComparison.Ordinal));

        // A double click, or a second gestionnaire, decides nothing more.
        var again = await gestionnaire.PageAsync(ChildrenModule.ReviewPath(id));
        Assert.DoesNotContain("Accepter la demande", again, StringComparison.Ordinal);
        Assert.Contains($"par {agent}", again, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_request_with_mistakes_comes_back_with_each_error_under_its_field_and_what_was_typed()
    {
        var family = await portal.CreateFamilyAsync();
        var lina = await portal.AddChildAsync(family, "Lina");
        var parent = await SignInAsync(family.UserName);
        var tomorrow = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(2).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

        var page = await parent.SubmitForPageAsync(ChildrenModule.ChangePath(lina), "demande-enfant", Request("", "Martin-Lefèvre", tomorrow, null, "CM1 – Mme Leroy"));

        Assert.Contains("Indiquez le prénom de l'enfant.", page, StringComparison.Ordinal);
        Assert.Contains("aria-describedby=\"FirstName-erreur\"", page, StringComparison.Ordinal);
        Assert.Contains("id=\"FirstName-erreur\"", page, StringComparison.Ordinal);
        Assert.Contains("La date de naissance n'est pas valide.", page, StringComparison.Ordinal);
        Assert.Contains("aria-describedby=\"BirthDate-erreur\"", page, StringComparison.Ordinal);
        Assert.Contains("Choisissez l'école de cette classe.", page, StringComparison.Ordinal);
        Assert.Contains("value=\"Martin-Lefèvre\"", page, StringComparison.Ordinal);
        Assert.Contains("value=\"CM1 – Mme Leroy\"", page, StringComparison.Ordinal);
        Assert.Contains("aria-required=\"true\"", page, StringComparison.Ordinal);
        Assert.Equal(0, await RequestCountAsync(family));
    }

    [Fact]
    public async Task A_declared_child_is_refused_with_a_motif_then_accepted_and_joins_the_family()
    {
        var family = await portal.CreateFamilyAsync();
        await portal.AddChildAsync(family, "Lina");
        var school = await AddSchoolAsync(family);
        var parent = await SignInAsync(family.UserName);
        var (gestionnaire, _) = await portal.SignedInStaffAsync(Roles.Gestionnaire);

        using (var declared = await parent.SubmitAsync(ChildrenModule.NewChildPath, "demande-enfant", Request("Noé", family.Reference, "2021-09-30", school.Id, "PS")))
        {
            Assert.Equal($"{ChildrenModule.ParentPath}?envoyee=true", declared.RedirectPath());
        }

        Assert.Single(await Maildev.WaitForAsync(await CommuneEmailAsync(), e => e.Subject == $"Nouvel enfant déclaré : Noé {family.Reference}"));
        var first = await RequestIdAsync(family);
        var noMotif = await gestionnaire.SubmitForPageAsync(ChildrenModule.ReviewPath(first), "refuser", new Dictionary<string, string> { ["Refusal.Motif"] = " " });
        Assert.Contains("Indiquez le motif du refus : il est envoyé à la famille.", noMotif, StringComparison.Ordinal);
        Assert.Contains("aria-describedby=\"Motif-erreur\"", noMotif, StringComparison.Ordinal);
        using (var refused = await gestionnaire.SubmitAsync(ChildrenModule.ReviewPath(first), "refuser", new Dictionary<string, string> { ["Refusal.Motif"] = "Joignez l'acte de naissance à un message." }))
        {
            Assert.Equal($"{ChildrenModule.GestionPath}?decision=refusee", refused.RedirectPath());
        }

        var refusal = Assert.Single(await Maildev.WaitForAsync(family.Email, e => e.Subject == $"Demande refusée : la déclaration de Noé {family.Reference}"));
        Assert.Contains("Joignez l'acte de naissance à un message.", refusal.Text, StringComparison.Ordinal);
        var afterRefusal = await parent.PageAsync(ChildrenModule.ParentPath);
        Assert.Contains("Motif du refus : Joignez l'acte de naissance à un message.", afterRefusal, StringComparison.Ordinal);
        Assert.DoesNotContain("30/09/2021", afterRefusal, StringComparison.Ordinal);

        using (await parent.SubmitAsync(ChildrenModule.NewChildPath, "demande-enfant", Request("Noé", family.Reference, "2021-09-30", school.Id, "PS")))
        {
        }

        var second = await RequestIdAsync(family);
        using (await gestionnaire.SubmitAsync(ChildrenModule.ReviewPath(second), "accepter", new Dictionary<string, string>()))
        {
        }

        var children = await parent.PageAsync(ChildrenModule.ParentPath);
        Assert.Contains($"Noé {family.Reference}", children, StringComparison.Ordinal);
        Assert.Contains("30/09/2021", children, StringComparison.Ordinal);
        Assert.Contains(school.Name, children, StringComparison.Ordinal);
        Assert.Contains($"Fiche enfant – Noé {family.Reference}", await parent.PageAsync("/dossier"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Separated_parents_share_the_children_but_not_their_requests_and_no_one_reaches_another_family_s_child()
    {
        var family = await portal.CreateFamilyAsync(responsables: 2, separated: true);
        var lina = await portal.AddChildAsync(family, "Lina");
        var alice = await SignInAsync(family.UserNames[0]);
        var bruno = await SignInAsync(family.UserNames[1]);
        using (await alice.SubmitAsync(ChildrenModule.ChangePath(lina), "demande-enfant", Request("Lina", family.Reference, "2018-05-04", null, null, "Nom d'usage de sa mère")))
        {
        }

        var brunoPage = await bruno.PageAsync(ChildrenModule.ParentPath);
        Assert.Contains($"Lina {family.Reference}", brunoPage, StringComparison.Ordinal);
        Assert.DoesNotContain("Vos demandes", brunoPage, StringComparison.Ordinal);
        Assert.Contains("Vos demandes", await alice.PageAsync(ChildrenModule.ParentPath), StringComparison.Ordinal);

        var stranger = await SignInAsync((await portal.CreateFamilyAsync()).UserName);
        using var other = await stranger.GetAsync(ChildrenModule.ChangePath(lina));
        Assert.Equal(HttpStatusCode.NotFound, other.StatusCode);
        Assert.DoesNotContain($"Lina {family.Reference}", await stranger.PageAsync(ChildrenModule.ParentPath), StringComparison.Ordinal);
        using var forParent = await alice.GetAsync(ChildrenModule.GestionPath);
        Assert.Equal(HttpStatusCode.Forbidden, forParent.StatusCode);
        Assert.Equal(1, await RequestCountAsync(family));
    }

    private static Dictionary<string, string> Request(string firstName, string lastName, string birthDate, int? schoolId, string? schoolClass, string? comment = null) => new()
    {
        ["Input.FirstName"] = firstName,
        ["Input.LastName"] = lastName,
        ["Input.BirthDate"] = birthDate,
        ["Input.SchoolId"] = schoolId?.ToString(CultureInfo.InvariantCulture) ?? "",
        ["Input.SchoolClass"] = schoolClass ?? "",
        ["Input.Comment"] = comment ?? "",
    };

    private async Task<PortalClient> SignInAsync(string userName)
    {
        var client = PortalClient.For(portal);
        await client.SignInAsync(userName, TestFamily.Password);
        return client;
    }

    private async Task<Structure> AddSchoolAsync(TestFamily family)
    {
        await using var scope = portal.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var school = new Structure { Name = $"École Jules Ferry {family.Reference}", Kind = StructureKind.Ecole };
        db.Structures.Add(school);
        await db.SaveChangesAsync();
        return school;
    }

    private async Task<int> RequestIdAsync(TestFamily family)
    {
        await using var scope = portal.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        return await db.Set<ChildRequest>().Where(r => db.Families.Any(f => f.Id == r.FamilyId && f.Reference == family.Reference)).MaxAsync(r => r.Id);
    }

    private async Task<string> CommuneEmailAsync()
    {
        await using var scope = portal.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<AppDbContext>().Commune.Select(c => c.ContactEmail).SingleAsync();
    }

    private async Task<int> RequestCountAsync(TestFamily family)
    {
        await using var scope = portal.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        return await db.Set<ChildRequest>().CountAsync(r => db.Families.Any(f => f.Id == r.FamilyId && f.Reference == family.Reference));
    }

    private async Task<List<string>> AuditAsync(string actor)
    {
        await using var scope = portal.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<AppDbContext>().AuditEntries.Where(a => a.Actor == actor).Select(a => a.Description).ToListAsync();
    }
}
