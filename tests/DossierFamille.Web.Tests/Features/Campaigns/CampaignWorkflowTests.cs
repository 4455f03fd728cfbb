using DossierFamille.Web.Data;
using DossierFamille.Web.Features.Campaigns;
using DossierFamille.Web.Features.Commune;
using DossierFamille.Web.Features.Dossier;
using DossierFamille.Web.Features.Families;
using DossierFamille.Web.Features.Reglements;
using DossierFamille.Web.Tests.Infrastructure;
using DossierFamille.Workflows.Persistence;
using DossierFamille.Workflows.Runtime;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DossierFamille.Web.Tests.Features.Campaigns;

/// <summary>The "Campagne annuelle" workflow on a fake clock; each test moves the clock forward only.</summary>
public abstract class CampaignWorkflowTests<TPortal>(TPortal portal) : IClassFixture<TPortal>
    where TPortal : PortalFactory, IClockedPortal
{
    [Fact]
    public async Task The_opening_email_goes_to_every_family_on_the_opening_date_then_reminders_only_to_incomplete_families_until_closing()
    {
        var today = Today();
        var campaign = await CampaignAsync(today.AddDays(2), today.AddDays(22), interval: 7);
        var structureId = await StructureWithReglementAsync();
        var incomplete = await FamilyAsync(campaign, complete: false, structureId, separated: true);
        var complete = await FamilyAsync(campaign, complete: true, structureId: null);
        var instanceId = await StartAsync(campaign);

        await portal.RunSchedulerAsync();
        await SetClockAsync(At(campaign.OpensOn, 7, 59));
        Assert.Equal(0, await OutboxAsync(incomplete.Email, campaign.SchoolYear));

        await SetClockAsync(At(campaign.OpensOn, 8, 0));
        await portal.RunSchedulerAsync();
        Assert.Equal(1, await OutboxAsync(incomplete.Email, campaign.SchoolYear));
        Assert.Equal(1, await OutboxAsync(complete.Email, campaign.SchoolYear));
        var opening = Assert.Single(await Maildev.WaitForAsync(incomplete.Email, e => e.Subject == $"La campagne d'inscription {campaign.SchoolYear} est ouverte"));
        Assert.Contains($"est ouverte jusqu'au {CampaignRules.Format(campaign.ClosesOn)}", opening.Text, StringComparison.Ordinal);
        Assert.Contains("Il vous reste à faire :", opening.Text, StringComparison.Ordinal);
        Assert.Contains($"• Remplir, valider et transmettre la fiche famille d'Alice {incomplete.Reference.Replace("T-", "Test", StringComparison.Ordinal)}", opening.Text, StringComparison.Ordinal);
        Assert.Contains("• Signer le règlement intérieur : Zoé", opening.Text, StringComparison.Ordinal);
        Assert.Contains($"href=\"{PortalFactory.PublicBaseUrl}/dossier\"", opening.Html, StringComparison.Ordinal);
        // Separated parents: each is told about their own fiche famille and the child's, never the other's.
        var bruno = $"Bruno {incomplete.Reference.Replace("T-", "Test", StringComparison.Ordinal)}";
        Assert.DoesNotContain(bruno, opening.Text, StringComparison.Ordinal);
        var brunoOpening = Assert.Single(await Maildev.WaitForAsync(incomplete.Emails[1], e => e.Subject == $"La campagne d'inscription {campaign.SchoolYear} est ouverte"));
        Assert.Contains($"• Remplir, valider et transmettre la fiche famille de {bruno}", brunoOpening.Text, StringComparison.Ordinal);
        Assert.Contains("• Signer le règlement intérieur : Zoé", brunoOpening.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("fiche famille de Alice", brunoOpening.Text, StringComparison.Ordinal);
        var completeOpening = Assert.Single(await Maildev.WaitForAsync(complete.Email, e => e.Subject.Contains(campaign.SchoolYear, StringComparison.Ordinal)));
        Assert.DoesNotContain("Il vous reste à faire", completeOpening.Text, StringComparison.Ordinal);

        await portal.RunSchedulerAsync();
        await SetClockAsync(At(campaign.OpensOn.AddDays(6), 8, 0));
        Assert.Equal(1, await OutboxAsync(incomplete.Email, campaign.SchoolYear));

        await SetClockAsync(At(campaign.OpensOn.AddDays(7), 8, 0));
        Assert.Equal(2, await OutboxAsync(incomplete.Email, campaign.SchoolYear));
        var reminder = Assert.Single(await Maildev.WaitForAsync(incomplete.Email, e => e.Subject == $"Dossier famille {campaign.SchoolYear} : il vous reste des démarches"));
        Assert.Contains("• Signer le règlement intérieur : Zoé", reminder.Text, StringComparison.Ordinal);

        await SetClockAsync(At(campaign.OpensOn.AddDays(14), 8, 0));
        await SetClockAsync(At(campaign.ClosesOn, 23, 0));
        Assert.Equal(3, await OutboxAsync(incomplete.Email, campaign.SchoolYear));
        Assert.Equal(WorkflowStatus.Suspended, (await InstanceAsync(instanceId)).Status);

        await SetClockAsync(At(campaign.ClosesOn.AddDays(1), 0, 1));
        Assert.Equal(WorkflowStatus.Finished, (await InstanceAsync(instanceId)).Status);
        await SetClockAsync(At(campaign.ClosesOn.AddDays(30), 8, 0));
        Assert.Equal(3, await OutboxAsync(incomplete.Email, campaign.SchoolYear));
        Assert.Equal(1, await OutboxAsync(complete.Email, campaign.SchoolYear));
        Assert.Equal(3, (await Maildev.WaitForAsync(incomplete.Email, e => e.Subject.Contains(campaign.SchoolYear, StringComparison.Ordinal), count: 3)).Count);
    }

    [Fact]
    public async Task A_moved_opening_date_and_a_changed_interval_are_read_again_at_once()
    {
        var today = Today();
        var campaign = await CampaignAsync(today.AddDays(10), today.AddDays(60), interval: 7);
        var family = await FamilyAsync(campaign, complete: false, structureId: null);
        var instanceId = await StartAsync(campaign);
        await portal.RunSchedulerAsync();
        Assert.Equal(At(today.AddDays(10), 8, 0), await TimerAsync(instanceId));

        await UpdateAsync(campaign, opensOn: today.AddDays(3));
        Assert.Equal(At(today.AddDays(3), 8, 0), await TimerAsync(instanceId));
        await SetClockAsync(At(today.AddDays(3), 8, 0));
        Assert.Equal(1, await OutboxAsync(family.Email, campaign.SchoolYear));

        await UpdateAsync(campaign, interval: 3);
        Assert.Equal(At(today.AddDays(6), 8, 0), await TimerAsync(instanceId));
        await SetClockAsync(At(today.AddDays(6), 8, 0));
        Assert.Equal(2, await OutboxAsync(family.Email, campaign.SchoolYear));

        await UpdateAsync(campaign, interval: 10);
        await SetClockAsync(At(today.AddDays(13), 8, 0));
        Assert.Equal(2, await OutboxAsync(family.Email, campaign.SchoolYear));
        await SetClockAsync(At(today.AddDays(16), 8, 0));
        Assert.Equal(3, await OutboxAsync(family.Email, campaign.SchoolYear));

        await UpdateAsync(campaign, closesOn: today.AddDays(16));
        await SetClockAsync(At(today.AddDays(17), 0, 1));
        Assert.Equal(WorkflowStatus.Finished, (await InstanceAsync(instanceId)).Status);
        Assert.Equal(3, await OutboxAsync(family.Email, campaign.SchoolYear));
    }

    [Fact]
    public async Task A_step_that_crashed_while_committing_becomes_an_incident_and_once_retried_sends_its_emails_once()
    {
        var today = Today();
        var campaign = await CampaignAsync(today.AddDays(1), today.AddDays(30), interval: 7);
        var family = await FamilyAsync(campaign, complete: false, structureId: null);
        var instanceId = await StartAsync(campaign);
        await portal.RunSchedulerAsync();

        var crashes = portal.Crash.Crashes;

        portal.Crash.ArmFor(campaign.SchoolYear);
        portal.Clock.SetUtcNow(At(today.AddDays(1), 8, 0));
        await portal.RunSchedulerAsync();
        Assert.Equal(crashes + 1, portal.Crash.Crashes);
        Assert.Equal(0, await OutboxAsync(family.Email, campaign.SchoolYear));
        Assert.Equal(WorkflowStatus.Faulted, (await InstanceAsync(instanceId)).Status);
        var incident = await QueryAsync(db => db.Set<WfIncident>().AsNoTracking().SingleAsync(i => i.InstanceId == instanceId));
        Assert.Contains("Arrêt simulé", incident.Message, StringComparison.Ordinal);

        portal.Clock.Advance(TimeSpan.FromMinutes(2));
        await portal.RunSchedulerAsync();
        Assert.Equal(0, await OutboxAsync(family.Email, campaign.SchoolYear));
        await using (var scope = portal.Services.CreateAsyncScope())
        {
            Assert.True(await scope.ServiceProvider.GetRequiredService<IWorkflowRuntime>().RetryAsync(instanceId));
        }

        await portal.RunSchedulerAsync();
        await portal.RunSchedulerAsync();
        Assert.Equal(1, await OutboxAsync(family.Email, campaign.SchoolYear));
        Assert.Single(await Maildev.WaitForAsync(family.Email, e => e.Subject.Contains(campaign.SchoolYear, StringComparison.Ordinal)));
        await SetClockAsync(At(today.AddDays(1), 9, 0));
        Assert.Equal(1, await OutboxAsync(family.Email, campaign.SchoolYear));
        Assert.Single(await Maildev.ToAsync(family.Email, e => e.Subject.Contains(campaign.SchoolYear, StringComparison.Ordinal)));
    }

    [Fact]
    public async Task A_change_whose_workflow_step_crashes_while_committing_is_not_kept_and_can_be_saved_again()
    {
        var today = Today();
        var campaign = await CampaignAsync(today.AddDays(10), today.AddDays(60), interval: 7);
        var instanceId = await StartAsync(campaign);
        await portal.RunSchedulerAsync();

        portal.Crash.ArmForStepOf(CampaignWorkflow.DefinitionId);
        await Assert.ThrowsAsync<SimulatedCrashException>(() => UpdateAsync(campaign, opensOn: today.AddDays(3)));

        Assert.Equal(today.AddDays(10), (await QueryAsync(db => db.Campaigns.AsNoTracking().SingleAsync(c => c.Id == campaign.Id))).OpensOn);
        Assert.Equal(At(today.AddDays(10), 8, 0), await TimerAsync(instanceId));
        await UpdateAsync(campaign, opensOn: today.AddDays(3));
        Assert.Equal(At(today.AddDays(3), 8, 0), await TimerAsync(instanceId));
    }

    [Fact]
    public async Task At_start_up_a_current_campaign_without_workflow_gets_one_and_a_past_or_started_one_does_not()
    {
        var today = Today();
        var current = await CampaignAsync(today.AddDays(5), today.AddDays(40), interval: 7);
        var past = await CampaignAsync(today.AddDays(-60), today.AddDays(-1), interval: 7);
        var started = await CampaignAsync(today.AddDays(5), today.AddDays(40), interval: 7);
        var existing = await StartAsync(started);

        await using (var scope = portal.Services.CreateAsyncScope())
        {
            foreach (var seeder in scope.ServiceProvider.GetServices<IDataSeeder>())
            {
                await seeder.SeedAsync(CancellationToken.None);
            }
        }

        Assert.Single(await InstancesAsync(current));
        Assert.Empty(await InstancesAsync(past));
        Assert.Equal([existing], (await InstancesAsync(started)).Select(i => i.Id));
    }

    private static DateTimeOffset At(DateOnly date, int hour, int minute) =>
        CampaignSchedule.At(date, new TimeOnly(hour, minute), new CampaignOptions().Zone);

    private DateOnly Today() => CampaignSchedule.LocalDate(portal.Clock.GetUtcNow(), new CampaignOptions().Zone);

    /// <summary>Moves the clock forward and polls the scheduler twice, as the background service would.</summary>
    private async Task SetClockAsync(DateTimeOffset now)
    {
        portal.Clock.SetUtcNow(now);
        await portal.RunSchedulerAsync();
        await portal.RunSchedulerAsync();
    }

    private async Task<Campaign> CampaignAsync(DateOnly opensOn, DateOnly closesOn, int interval)
    {
        var start = Random.Shared.Next(2100, 9000);
        var campaign = new Campaign { SchoolYear = $"{start}-{start + 1}", OpensOn = opensOn, ClosesOn = closesOn, ReminderIntervalDays = interval };
        await QueryAsync(async db =>
        {
            db.Campaigns.Add(campaign);
            return await db.SaveChangesAsync();
        });
        return campaign;
    }

    private async Task<Guid> StartAsync(Campaign campaign)
    {
        await using var scope = portal.Services.CreateAsyncScope();
        Assert.True(await scope.ServiceProvider.GetRequiredService<CampaignWorkflows>().EnsureStartedAsync(campaign, CancellationToken.None));
        return (await InstancesAsync(campaign)).Single().Id;
    }

    private async Task UpdateAsync(Campaign campaign, DateOnly? opensOn = null, DateOnly? closesOn = null, int? interval = null)
    {
        await using var scope = portal.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var current = await db.Campaigns.AsNoTracking().SingleAsync(c => c.Id == campaign.Id);
        var input = new CampaignInput { OpensOn = opensOn ?? current.OpensOn, ClosesOn = closesOn ?? current.ClosesOn, ReminderIntervalDays = interval ?? current.ReminderIntervalDays };
        var result = await scope.ServiceProvider.GetRequiredService<CampaignAdmin>().UpdateAsync(campaign.Id, input, "Admin de test", CancellationToken.None);
        Assert.True(result!.Succeeded, string.Join(" ", result.Errors));
    }

    private async Task<int> StructureWithReglementAsync() => await QueryAsync(async db =>
    {
        var structure = new Structure { Name = "Accueil " + Guid.NewGuid().ToString("N")[..6] };
        db.Structures.Add(structure);
        await db.SaveChangesAsync();
        db.Reglements.Add(new Reglement { StructureId = structure.Id, Version = 1, BlobName = "reglements/test.pdf", Sha256 = new string('0', 64), PublishedAt = portal.Clock.GetUtcNow(), PublishedBy = "test" });
        await db.SaveChangesAsync();
        return structure.Id;
    });

    /// <summary>A family with one child; complete: its fiches of the campaign accepted, nothing to sign.</summary>
    private async Task<TestFamily> FamilyAsync(Campaign campaign, bool complete, int? structureId, bool separated = false)
    {
        var family = await portal.CreateFamilyAsync(responsables: separated ? 2 : 1, separated: separated);
        await QueryAsync(async db =>
        {
            var familyId = await db.Families.Where(f => f.Reference == family.Reference).Select(f => f.Id).SingleAsync();
            var child = new Child { FamilyId = familyId, FirstName = "Zoé", LastName = family.Reference, BirthDate = new DateOnly(2020, 2, 2) };
            if (structureId is { } id)
            {
                child.Enrolments.Add(new Enrolment { StructureId = id, CampaignId = campaign.Id });
            }

            db.Children.Add(child);
            await db.SaveChangesAsync();
            if (complete)
            {
                var now = portal.Clock.GetUtcNow();
                var responsableId = await db.Responsables.Where(r => r.FamilyId == familyId).Select(r => r.Id).SingleAsync();
                foreach (var fiche in new[]
                {
                    new Fiche { FamilyId = familyId, CampaignId = campaign.Id, Kind = FicheKind.Responsable, ResponsableId = responsableId, Title = "Fiche famille" },
                    new Fiche { FamilyId = familyId, CampaignId = campaign.Id, Kind = FicheKind.Enfant, ChildId = child.Id, Title = "Fiche enfant" },
                })
                {
                    fiche.SaveDraft("{}", now);
                    fiche.Transmit(now);
                    fiche.Decide(true, null, "test", now);
                    db.Fiches.Add(fiche);
                }

                await db.SaveChangesAsync();
            }

            return familyId;
        });
        return family;
    }

    private Task<int> OutboxAsync(string email, string schoolYear) =>
        QueryAsync(db => db.Outbox.CountAsync(m => m.To == email && m.Subject.Contains(schoolYear)));

    private Task<List<WfInstance>> InstancesAsync(Campaign campaign)
    {
        var correlation = CampaignWorkflow.Correlation(campaign.SchoolYear);
        return QueryAsync(db => db.Set<WfInstance>().AsNoTracking().Where(i => i.DefinitionId == CampaignWorkflow.DefinitionId && i.CorrelationId == correlation).ToListAsync());
    }

    private Task<WfInstance> InstanceAsync(Guid id) => QueryAsync(db => db.Set<WfInstance>().AsNoTracking().SingleAsync(i => i.Id == id));

    private async Task<DateTimeOffset> TimerAsync(Guid instanceId)
    {
        var due = await QueryAsync(db => db.Set<WfTimer>().AsNoTracking().Where(t => t.InstanceId == instanceId).Select(t => t.DueAt).SingleAsync());
        return new DateTimeOffset(DateTime.SpecifyKind(due, DateTimeKind.Utc));
    }

    private async Task<T> QueryAsync<T>(Func<AppDbContext, Task<T>> query)
    {
        await using var scope = portal.Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<AppDbContext>());
    }
}

[Trait("Database", "Sqlite")]
public sealed class CampaignWorkflowTestsOnSqlite(ClockedSqlitePortal portal) : CampaignWorkflowTests<ClockedSqlitePortal>(portal);

[Trait("Database", "PostgreSql")]
public sealed class CampaignWorkflowTestsOnPostgreSql(ClockedPostgreSqlPortal portal) : CampaignWorkflowTests<ClockedPostgreSqlPortal>(portal);
