using DossierFamille.Web.Data;
using DossierFamille.Web.Features.Accounts;
using DossierFamille.Web.Features.Commune;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace DossierFamille.Web.Features.Families;

/// <summary>The demo commune of the README (Development only, its passwords are published): Mairie de Carteville, its structures, families and staff.</summary>
internal sealed class DemoDataSeeder(AppDbContext db, FamilyAccounts accounts, UserManager<AppUser> users, TimeProvider time, IOptions<DatabaseOptions> options, IHostEnvironment environment) : IDataSeeder
{
    public const string ParentPassword = "Carteville-2026!";
    public const string TemporaryParentPassword = "Bienvenue-2026!";
    public const string StaffPassword = "Carteville-Staff-2026!";

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        if (!options.Value.SeedDemoData || !environment.IsDevelopment() || await db.Structures.AnyAsync(cancellationToken))
        {
            return;
        }

        var now = time.GetUtcNow();
        var commune = await db.Commune.SingleAsync(cancellationToken);
        commune.Name = "Mairie de Carteville";
        commune.ContactEmail = "enfance@carteville.fr";
        commune.Address = "1 place de la Mairie, 99000 Carteville";
        commune.Phone = "01 23 45 67 89";
        var ecole = new Structure { Name = "École Jules Ferry", Kind = StructureKind.Ecole, Address = "12 rue des Écoles" };
        var alsh = new Structure { Name = "Accueil de loisirs Les Lucioles", Kind = StructureKind.AccueilDeLoisirs, Address = "3 chemin du Parc" };
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        var schoolYearStart = today.Month >= 9 ? today.Year : today.Year - 1;
        var campaign = new Campaign
        {
            SchoolYear = $"{schoolYearStart}-{schoolYearStart + 1}",
            OpensOn = new DateOnly(schoolYearStart, 6, 1),
            ClosesOn = new DateOnly(schoolYearStart + 1, 6, 30),
            ReminderIntervalDays = 7,
        };
        db.AddRange(ecole, alsh, campaign);
        db.Announcements.AddRange(
            new Announcement { Title = "Inscriptions périscolaires ouvertes", Body = "Pensez à valider et transmettre chaque fiche de votre dossier famille, même si rien n'a changé depuis l'an dernier.", PublishedAt = now },
            new Announcement { Title = "Vacances d'hiver aux Lucioles", Body = "Les réservations pour les vacances d'hiver ouvrent le 5 janvier.", PublishedAt = now.AddMinutes(-1), Structure = alsh });
        await db.SaveChangesAsync(cancellationToken);

        var created = await accounts.CreateAsync(
        [
            new NewFamily("F-0001", "MARTIN", false,
            [
                new NewResponsable(ResponsableQuality.Mere, "Sophie", "Martin", "sophie.martin@example.fr", "sophie.martin", ParentPassword),
                new NewResponsable(ResponsableQuality.Pere, "Julien", "Martin", "julien.martin@example.fr", "julien.martin", ParentPassword),
            ]),
            new NewFamily("F-0002", "DURAND / PETIT", true,
            [
                new NewResponsable(ResponsableQuality.Mere, "Claire", "Durand", "claire.durand@example.fr", "claire.durand", ParentPassword),
                new NewResponsable(ResponsableQuality.Pere, "Marc", "Petit", "marc.petit@example.fr", "marc.petit", ParentPassword),
            ]),
        ], mustChangePassword: false, cancellationToken);
        var firstLogin = await accounts.CreateAsync(
            [new NewFamily("F-0003", "BERNARD", false, [new NewResponsable(ResponsableQuality.Mere, "Nadia", "Bernard", "nadia.bernard@example.fr", "nadia.bernard", TemporaryParentPassword)])],
            mustChangePassword: true, cancellationToken);
        if (!created.Succeeded || !firstLogin.Succeeded)
        {
            throw new InvalidOperationException($"Demo data could not be created: {created.Error ?? firstLogin.Error}");
        }

        await AddChildrenAsync(campaign, ecole, alsh, cancellationToken);
        await AddStaffAsync("gestion", "Camille Leroy", Roles.Gestionnaire);
        await AddStaffAsync("admin", "Pierre Admin", Roles.Admin);
        await AcceptLegalTextsAsync(created.Issued.Select(i => i.UserName).Concat(["gestion", "admin"]), cancellationToken);
    }

    private async Task AddChildrenAsync(Campaign campaign, Structure ecole, Structure alsh, CancellationToken cancellationToken)
    {
        var families = await db.Families.ToDictionaryAsync(f => f.Reference, cancellationToken);
        void Add(string reference, string firstName, string lastName, DateOnly birth, params Structure[] structures)
        {
            var child = new Child { FamilyId = families[reference].Id, FirstName = firstName, LastName = lastName, BirthDate = birth };
            foreach (var structure in structures)
            {
                child.Enrolments.Add(new Enrolment { Structure = structure, Campaign = campaign });
            }

            db.Children.Add(child);
        }

        Add("F-0001", "Léa", "Martin", new DateOnly(2018, 3, 14), ecole, alsh);
        Add("F-0001", "Hugo", "Martin", new DateOnly(2020, 11, 2), ecole);
        Add("F-0002", "Emma", "Petit", new DateOnly(2017, 7, 21), ecole, alsh);
        Add("F-0003", "Adam", "Bernard", new DateOnly(2019, 1, 9), alsh);
        await db.SaveChangesAsync(cancellationToken);
    }

    private async Task AddStaffAsync(string userName, string displayName, string role)
    {
        var user = new AppUser { UserName = userName, DisplayName = displayName, Email = $"{userName}@carteville.fr", EmailConfirmed = true };
        var result = await users.CreateAsync(user, StaffPassword);
        result = result.Succeeded ? await users.AddToRoleAsync(user, role) : result;
        if (!result.Succeeded)
        {
            throw new InvalidOperationException($"Demo staff account {userName}: {string.Join(' ', result.Errors.Select(e => e.Description))}");
        }
    }

    private async Task AcceptLegalTextsAsync(IEnumerable<string> userNames, CancellationToken cancellationToken)
    {
        var texts = await db.LegalTexts.ToListAsync(cancellationToken);
        var names = userNames.ToList();
        var userIds = await db.Users.Where(u => names.Contains(u.UserName!)).Select(u => u.Id).ToListAsync(cancellationToken);
        foreach (var userId in userIds)
        {
            db.LegalAcceptances.AddRange(texts.Select(t => new LegalAcceptance { UserId = userId, Kind = t.Kind, Version = t.Version, AcceptedAt = time.GetUtcNow() }));
        }

        await db.SaveChangesAsync(cancellationToken);
    }
}
