using System.Net;
using DossierFamille.Web.Data;
using DossierFamille.Web.Features.Accounts;
using DossierFamille.Web.Features.Campaigns;
using DossierFamille.Web.Features.Designer;
using DossierFamille.Web.Tests.Infrastructure;
using DossierFamille.Workflows.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DossierFamille.Web.Tests.Features.Campaigns;

public abstract class CampaignAdminPageTests<TPortal>(TPortal portal) : IClassFixture<TPortal>
    where TPortal : PortalFactory
{
    [Fact]
    public async Task An_admin_creates_a_campaign_and_a_second_one_for_the_same_year_is_refused()
    {
        var (admin, adminName) = await portal.SignedInStaffAsync(Roles.Admin);
        var year = UniqueSchoolYear();

        var created = await CreateAsync(admin, year, "2090-06-01", "2091-06-30", "7");
        var duplicate = await CreateAsync(admin, year, "2090-07-01", "2091-07-30", "5");

        Assert.Contains($"Campagne {year} créée.", created, StringComparison.Ordinal);
        Assert.Contains($"La campagne {year} existe déjà", duplicate, StringComparison.Ordinal);
        await using var scope = portal.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var campaign = await db.Campaigns.AsNoTracking().SingleAsync(c => c.SchoolYear == year);
        Assert.Equal(new DateOnly(2090, 6, 1), campaign.OpensOn);
        Assert.Equal(7, campaign.ReminderIntervalDays);
        var entry = await db.AuditEntries.AsNoTracking().SingleAsync(e => e.Subject == $"Campagne {year}");
        Assert.Equal(adminName, entry.Actor);
        Assert.Equal("Campagne créée : ouverture le 01/06/2090, clôture le 30/06/2091, relance tous les 7 jours.", entry.Description);
        var correlation = CampaignWorkflow.Correlation(year);
        var instance = await db.Set<WfInstance>().AsNoTracking().SingleAsync(i => i.DefinitionId == CampaignWorkflow.DefinitionId && i.CorrelationId == correlation);
        Assert.Contains(DesignerPaths.Instance(instance.Id), await admin.PageAsync("/admin/campagnes"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Bad_years_dates_and_intervals_are_refused_in_french_and_nothing_is_created()
    {
        var (admin, _) = await portal.SignedInStaffAsync(Roles.Admin);
        var year = UniqueSchoolYear();

        var closingFirst = await CreateAsync(admin, year, "2090-09-01", "2090-06-30", "7");
        var noInterval = await CreateAsync(admin, year, "2090-06-01", "2091-06-30", "0");
        var badYear = await CreateAsync(admin, "2090-2092", "2090-06-01", "2091-06-30", "7");
        var missingDates = await CreateAsync(admin, year, "", "", "7");

        Assert.Contains("La date de clôture (30/06/2090) doit être postérieure à la date d'ouverture (01/09/2090).", closingFirst, StringComparison.Ordinal);
        Assert.Contains("L'intervalle de relance doit être d'au moins 1 jour.", noInterval, StringComparison.Ordinal);
        Assert.Contains("L'année scolaire « 2090-2092 » doit s'écrire sous la forme 2027-2028", badYear, StringComparison.Ordinal);
        Assert.Contains("Indiquez la date d'ouverture.", missingDates, StringComparison.Ordinal);
        Assert.Contains("Indiquez la date de clôture.", missingDates, StringComparison.Ordinal);
        Assert.Contains($"value=\"{year}\"", closingFirst, StringComparison.Ordinal);
        await using var scope = portal.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        Assert.False(await db.Campaigns.AnyAsync(c => c.SchoolYear == year || c.SchoolYear == "2090-2092"));
        Assert.False(await db.AuditEntries.AnyAsync(e => e.Subject == $"Campagne {year}"));
    }

    [Fact]
    public async Task Each_change_of_dates_or_interval_is_recorded_with_who_and_what_and_shown_in_the_audit_log()
    {
        var (admin, adminName) = await portal.SignedInStaffAsync(Roles.Admin);
        var year = UniqueSchoolYear();
        await CreateAsync(admin, year, "2090-06-01", "2091-06-30", "7");
        var id = await CampaignIdAsync(year);

        var refused = await EditAsync(admin, id, "2090-06-01", "2090-05-01", "7");
        var edited = await EditAsync(admin, id, "2090-06-15", "2091-06-30", "10");
        var unchanged = await EditAsync(admin, id, "2090-06-15", "2091-06-30", "10");

        Assert.Contains("doit être postérieure à la date d'ouverture", refused, StringComparison.Ordinal);
        Assert.Contains("Date d'ouverture : 01/06/2090 → 15/06/2090", edited, StringComparison.Ordinal);
        Assert.Contains("Intervalle de relance : 7 → 10 jours", edited, StringComparison.Ordinal);
        Assert.Contains("Aucune modification.", unchanged, StringComparison.Ordinal);
        await using var scope = portal.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var campaign = await db.Campaigns.AsNoTracking().SingleAsync(c => c.Id == id);
        Assert.Equal((new DateOnly(2090, 6, 15), new DateOnly(2091, 6, 30), 10), (campaign.OpensOn, campaign.ClosesOn, campaign.ReminderIntervalDays));
        var entries = await db.AuditEntries.AsNoTracking().Where(e => e.Subject == $"Campagne {year}").OrderBy(e => e.Id).ToListAsync();
        Assert.Equal(
            ["Date d'ouverture : 01/06/2090 → 15/06/2090", "Intervalle de relance : 7 → 10 jours"],
            entries.Skip(1).Select(e => e.Description));
        Assert.All(entries, e => Assert.Equal(adminName, e.Actor));
        var log = await admin.PageAsync("/admin/journal");
        Assert.Contains("Intervalle de relance : 7 → 10 jours", log, StringComparison.Ordinal);
        Assert.Contains($"Campagne {year}", log, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Only_admins_reach_the_campaigns_and_an_unknown_campaign_is_not_found()
    {
        var gestionnaire = PortalClient.For(portal);
        await gestionnaire.SignInAsync(await portal.CreateStaffAsync(Roles.Gestionnaire), TestFamily.Password);
        var family = await portal.CreateFamilyAsync();
        var parent = PortalClient.For(portal);
        await parent.SignInAsync(family.UserName, TestFamily.Password);
        var (admin, _) = await portal.SignedInStaffAsync(Roles.Admin);

        using var asGestionnaire = await gestionnaire.GetAsync("/admin/campagnes");
        using var asParent = await parent.GetAsync("/admin/campagnes");
        using var unknown = await admin.GetAsync("/admin/campagnes/987654");

        Assert.Equal(HttpStatusCode.Forbidden, asGestionnaire.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, asParent.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Contains("/admin/campagnes", await admin.PageAsync("/admin"), StringComparison.Ordinal);
    }

    private static string UniqueSchoolYear()
    {
        var start = Random.Shared.Next(2100, 9000);
        return $"{start}-{start + 1}";
    }

    private async Task<int> CampaignIdAsync(string year)
    {
        await using var scope = portal.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<AppDbContext>().Campaigns.Where(c => c.SchoolYear == year).Select(c => c.Id).SingleAsync();
    }

    private static Task<string> CreateAsync(PortalClient admin, string year, string opens, string closes, string interval) =>
        admin.SubmitForPageAsync("/admin/campagnes", "create-campaign", new Dictionary<string, string>
        {
            ["Input.SchoolYear"] = year,
            ["Input.OpensOn"] = opens,
            ["Input.ClosesOn"] = closes,
            ["Input.ReminderIntervalDays"] = interval,
        });

    private static Task<string> EditAsync(PortalClient admin, int id, string opens, string closes, string interval) =>
        admin.SubmitForPageAsync($"/admin/campagnes/{id}", "edit-campaign", new Dictionary<string, string>
        {
            ["Input.OpensOn"] = opens,
            ["Input.ClosesOn"] = closes,
            ["Input.ReminderIntervalDays"] = interval,
        });
}

[Trait("Database", "Sqlite")]
public sealed class CampaignAdminPageTestsOnSqlite(SqlitePortal portal) : CampaignAdminPageTests<SqlitePortal>(portal);

[Trait("Database", "PostgreSql")]
public sealed class CampaignAdminPageTestsOnPostgreSql(PostgreSqlPortal portal) : CampaignAdminPageTests<PostgreSqlPortal>(portal);
