using DossierFamille.Web.Data;
using DossierFamille.Web.Features.Campaigns;
using DossierFamille.Web.Features.Reservations;
using DossierFamille.Web.Tests.Infrastructure;
using DossierFamille.Workflows.Persistence;
using DossierFamille.Workflows.Runtime;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static DossierFamille.Web.Tests.Features.Reservations.ReservationSteps;

namespace DossierFamille.Web.Tests.Features.Reservations;

/// <summary>"Traitement des réservations": the night run at 01:00 and the reports at 07:00 (commune time), also when the process dies in the middle.</summary>
public abstract class NightlyProcessingTests<TPortal>(TPortal portal) : IClassFixture<TPortal>
    where TPortal : PortalFactory, IClockedPortal
{
    [Fact]
    public async Task The_night_run_dies_while_committing_and_the_restarted_run_finishes_with_each_request_processed_once_and_each_report_sent_once()
    {
        var school = await CreateSchoolAsync(portal);
        await SetProcessingAsync(portal, school.ApsMatin, BookingProcessingMode.Nightly, capacity: 1);
        await portal.RunSchedulerAsync();
        var day = Monday(portal, 2).AddDays(1);
        var first = await portal.CreateFamilyAsync();
        var second = await portal.CreateFamilyAsync();
        var lea = await AddChildAsync(portal, first, school, "Léa");
        var hugo = await AddChildAsync(portal, second, school, "Hugo");
        await BookAsync(first, lea, school.ApsMatin, [day]);
        await BookAsync(second, hugo, school.ApsMatin, [day]);
        await BookAsync(first, lea, school.Restauration, [day, day.AddDays(2)]);
        Assert.All(await BookingsAsync(portal, lea), b => Assert.Equal(BookingState.NonTransmise, b.State));

        // 01:00 in Paris: the run processes every day, then the process dies while committing the workflow's step.
        var night = Next(new TimeOnly(1, 0));
        portal.Crash.KillWhen(StepOfTheProcessing);
        portal.Clock.SetUtcNow(night.AddSeconds(1));
        await Assert.ThrowsAsync<SimulatedCrashException>(portal.RunSchedulerAsync);
        Assert.Equal(BookingState.Acceptee, (await BookingsAsync(portal, lea)).Single(b => b.ActivityId == school.ApsMatin).State);
        Assert.Equal(BookingState.ListeAttente, (await BookingsAsync(portal, hugo)).Single().State);
        var processedAt = await ProcessedAtAsync(lea, hugo);

        // Restarted once the dead node's lease has expired: the run ends without processing anything again.
        portal.Clock.Advance(TimeSpan.FromMinutes(2));
        await RunAsync(4);
        Assert.Equal(processedAt, await ProcessedAtAsync(lea, hugo));
        Assert.Empty(await Maildev.ToAsync(first.Emails[0], e => e.Subject.StartsWith("Compte rendu", StringComparison.Ordinal)));
        Assert.Contains($"{BookingFormat.Long(day)}, APS MATIN : Liste d'attente", await PageAsync(second, Calendar(hugo, school.ApsMatin, day)), StringComparison.Ordinal);
        Assert.Contains($"{BookingFormat.Short(day)} (position 1)", await PageAsync(second, "/reservations/suivi"), StringComparison.Ordinal);

        // 07:00: the reports; the step dies while committing after they are recorded, and the restart sends none again.
        var morning = Next(new TimeOnly(7, 0));
        portal.Crash.KillWhen(StepOfTheProcessing);
        portal.Clock.SetUtcNow(morning.AddSeconds(1));
        await Assert.ThrowsAsync<SimulatedCrashException>(portal.RunSchedulerAsync);
        portal.Clock.Advance(TimeSpan.FromMinutes(2));
        await RunAsync(4);
        var today = CampaignSchedule.LocalDate(morning, Paris);
        var report = Assert.Single(await Maildev.WaitForAsync(first.Emails[0], e => e.Subject == BookingReports.Subject(today)));
        var commune = await QueryAsync(db => db.Commune.Select(c => c.Name).FirstAsync());
        Assert.Equal(
            $"Mme {first.Reference.Replace("T-", "TEST", StringComparison.Ordinal).ToUpperInvariant()} Alice\n\n"
            + $"Veuillez trouver ci-dessous un compte rendu des modifications apportées à vos demandes de réservation sur la structure : {commune}.\n\n"
            + "3 mouvements sur vos demandes de réservations ont été reçus, dont :\n"
            + "       - 3 nouvelles demandes de réservation\n"
            + "       - 0 demande d'annulation\n\n"
            + "****************     RESERVATIONS ACCEPTEES     ****************\n"
            + "--> Activité : APS MATIN :\n"
            + $"         {first.Reference.ToUpperInvariant()} Léa : {BookingFormat.Short(day)}\n"
            + "--> Activité : RESTAURATION :\n"
            + $"         {first.Reference.ToUpperInvariant()} Léa : {BookingFormat.Short(day)}, {BookingFormat.Short(day.AddDays(2))}\n"
            + "Vous pouvez consulter l'état de vos réservations sur notre site Internet.",
            report.Text?.Replace("\r\n", "\n", StringComparison.Ordinal).TrimEnd());
        var waiting = Assert.Single(await Maildev.WaitForAsync(second.Emails[0], e => e.Subject == BookingReports.Subject(today)));
        Assert.Contains($"****************     RESERVATIONS MISES EN LISTE D'ATTENTE     ****************\n--> Activité : APS MATIN :\n         {second.Reference.ToUpperInvariant()} Hugo : {BookingFormat.Short(day)}\n", waiting.Text?.Replace("\r\n", "\n", StringComparison.Ordinal), StringComparison.Ordinal);

        // The next morning nothing new happened: no report at all.
        portal.Clock.SetUtcNow(Next(new TimeOnly(7, 0)).AddSeconds(1));
        await RunAsync(4);
        Assert.Equal(2, await QueryAsync(db => db.BookingReports.CountAsync(r => r.UserId == db.Users.Where(u => u.UserName == first.UserName).Select(u => u.Id).Single()
            || r.UserId == db.Users.Where(u => u.UserName == second.UserName).Select(u => u.Id).Single())));
        Assert.Single(await Maildev.ToAsync(first.Emails[0], e => e.Subject.StartsWith("Compte rendu", StringComparison.Ordinal)));
        Assert.Equal(WorkflowStatus.Suspended, (await QueryAsync(db => db.Set<WfInstance>().SingleAsync(i => i.DefinitionId == BookingProcessingWorkflow.DefinitionId))).Status);
    }

    private static bool StepOfTheProcessing(DbContext context) =>
        context.ChangeTracker.Entries<WfInstance>().Any(e => e.State == EntityState.Modified && e.Entity.DefinitionId == BookingProcessingWorkflow.DefinitionId);

    /// <summary>The next instant of a Paris time of day after the portal's clock.</summary>
    private DateTimeOffset Next(TimeOnly local) => BookingProcessingSchedule.Next(local, portal.Clock.GetUtcNow(), Paris);

    /// <summary>Scheduler polls a few seconds apart, as the background service does (the run's slices wait one second between them).</summary>
    private async Task RunAsync(int polls)
    {
        for (var i = 0; i < polls; i++)
        {
            await portal.RunSchedulerAsync();
            portal.Clock.Advance(TimeSpan.FromSeconds(2));
        }
    }

    private async Task BookAsync(TestFamily family, int child, int activity, DateOnly[] days)
    {
        var client = PortalClient.For(portal);
        await client.SignInAsync(family.UserName, TestFamily.Password);
        await TickAsync(client, child, activity, days);
        var (recap, key) = await RecapAsync(client);
        using var response = await ValidateAsync(client, recap, key);
        Assert.Contains("« Non transmise » jusqu'au traitement de la nuit", await client.PageAsync(response.RedirectPath()!), StringComparison.Ordinal);
    }

    private async Task<string> PageAsync(TestFamily family, string url)
    {
        var client = PortalClient.For(portal);
        await client.SignInAsync(family.UserName, TestFamily.Password);
        return await client.PageAsync(url);
    }

    private Task<List<DateTimeOffset?>> ProcessedAtAsync(params int[] children) =>
        QueryAsync(db => db.BookingRequests.Where(r => children.Contains(r.Booking!.ChildId)).OrderBy(r => r.Id).Select(r => r.ProcessedAt).ToListAsync());

    private async Task<T> QueryAsync<T>(Func<AppDbContext, Task<T>> query)
    {
        await using var scope = portal.Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<AppDbContext>());
    }
}

[Trait("Database", "Sqlite")]
public sealed class NightlyProcessingTestsOnSqlite(ClockedSqlitePortal portal) : NightlyProcessingTests<ClockedSqlitePortal>(portal);

[Trait("Database", "PostgreSql")]
public sealed class NightlyProcessingTestsOnPostgreSql(ClockedPostgreSqlPortal portal) : NightlyProcessingTests<ClockedPostgreSqlPortal>(portal);
