using DossierFamille.Web.Data;
using DossierFamille.Web.Features.Campaigns;
using DossierFamille.Web.Features.Reservations;
using DossierFamille.Web.Tests.Infrastructure;
using DossierFamille.Workflows.Persistence;
using DossierFamille.Workflows.Runtime;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Npgsql;
using static DossierFamille.Web.Tests.Features.Reservations.ReservationSteps;

namespace DossierFamille.Web.Tests.Features.Reservations;

/// <summary>Two portal nodes on one PostgreSQL database, both polling their workflow timers: the night runs once, the reports leave once, also when a run lasts past the next night's time.</summary>
public sealed class TwoNodeNightlyTests
{
    [Fact]
    public async Task Two_nodes_polling_at_the_same_moment_run_the_night_once_each_request_is_processed_once_and_each_report_is_sent_once()
    {
        await using var database = new SharedDatabase();
        var clock = new FakeTimeProvider(ClockedPortal.Start);
        await using var first = new NodePortal(database, clock);
        await using var second = new NodePortal(database, clock);
        await Task.WhenAll(Task.Run(() => first.Services), Task.Run(() => second.Services));
        var school = await CreateSchoolAsync(first);
        await SetProcessingAsync(first, school.ApsMatin, BookingProcessingMode.Nightly, capacity: 1);
        await PollAsync(first, second, times: 1);

        // Each family books through its own node, the same day with one place.
        var day = Monday(first, 2).AddDays(1);
        var lea = await FamilyBookingAsync(first, school, "Léa", day);
        var hugo = await FamilyBookingAsync(second, school, "Hugo", day);

        // 01:00 in Paris: both nodes poll together, again and again while the run goes on.
        clock.SetUtcNow(Next(clock, new TimeOnly(1, 0)).AddSeconds(1));
        await PollAsync(first, second, times: 4);
        Assert.Equal(BookingState.Acceptee, (await BookingsAsync(first, lea.Child)).Single().State);
        Assert.Equal(BookingState.ListeAttente, (await BookingsAsync(second, hugo.Child)).Single().State);
        var requests = await QueryAsync(first, db => db.BookingRequests.AsNoTracking().Where(r => r.Booking!.ChildId == lea.Child || r.Booking.ChildId == hugo.Child).ToListAsync());
        Assert.Equal([BookingOutcome.Acceptee, BookingOutcome.ListeAttente], requests.OrderBy(r => r.Id).Select(r => r.Outcome!.Value));
        Assert.Equal(1, requests.Single(r => r.Outcome == BookingOutcome.ListeAttente).WaitingPosition);
        // One run: the processing activity completed once, by whichever node leased the timer.
        Assert.Equal(1, await CompletionsAsync(first, "traiter"));

        // 07:00: both nodes poll together; each account gets one report.
        var morning = Next(clock, new TimeOnly(7, 0));
        clock.SetUtcNow(morning.AddSeconds(1));
        await PollAsync(first, second, times: 4);
        Assert.Equal(1, await CompletionsAsync(second, "envoyer"));
        var subject = BookingReports.Subject(CampaignSchedule.LocalDate(morning, Paris));
        Assert.Contains("RESERVATIONS ACCEPTEES", Assert.Single(await Maildev.WaitForAsync(lea.Family.Email, e => e.Subject == subject)).Text, StringComparison.Ordinal);
        Assert.Contains("RESERVATIONS MISES EN LISTE D'ATTENTE", Assert.Single(await Maildev.WaitForAsync(hugo.Family.Email, e => e.Subject == subject)).Text, StringComparison.Ordinal);

        // Both nodes' email senders have had time to send anything twice: still one each.
        await Task.Delay(TimeSpan.FromSeconds(2));
        Assert.Single(await Maildev.ToAsync(lea.Family.Email, e => e.Subject == subject));
        Assert.Single(await Maildev.ToAsync(hugo.Family.Email, e => e.Subject == subject));
        Assert.Equal(2, await QueryAsync(first, db => db.BookingReports.CountAsync()));
    }

    [Fact]
    public async Task A_run_still_going_at_the_next_nights_time_is_not_started_again_by_either_node_and_processes_each_request_once()
    {
        await using var database = new SharedDatabase();
        var clock = new FakeTimeProvider(ClockedPortal.Start);
        await using var first = new NodePortal(database, clock);
        await using var second = new NodePortal(database, clock);
        await Task.WhenAll(Task.Run(() => first.Services), Task.Run(() => second.Services));
        var school = await CreateSchoolAsync(first);
        await SetProcessingAsync(first, school.ApsMatin, BookingProcessingMode.Nightly, capacity: 1);
        await PollAsync(first, second, times: 1);
        var days = new[] { Monday(first, 2).AddDays(1), Monday(first, 2).AddDays(3) };
        var lea = await FamilyBookingAsync(first, school, "Léa", days);
        var hugo = await FamilyBookingAsync(second, school, "Hugo", days);

        // A slow run: the first day it processes waits for a lock the test holds while the (fake) clock passes the
        // slice's three seconds, so the run goes on in another step after its pause.
        await using (var held = first.Services.CreateAsyncScope())
        {
            var locks = held.ServiceProvider.GetRequiredService<ActivityDayLocks>();
            var key = new ActivityDayKey(school.ApsMatin, days[0]);
            await locks.EnsureAsync([key], CancellationToken.None);
            await using var transaction = await held.ServiceProvider.GetRequiredService<AppDbContext>().Database.BeginTransactionAsync();
            await locks.LockAsync([key], CancellationToken.None);
            clock.SetUtcNow(Next(clock, new TimeOnly(1, 0)).AddSeconds(1));
            var slow = Task.Run(first.RunSchedulerAsync);
            await WaitForLockWaitAsync(database);
            await second.RunSchedulerAsync();
            clock.Advance(TimeSpan.FromSeconds(3));
            await transaction.RollbackAsync();
            await slow;
        }

        Assert.Equal([BookingState.Acceptee, BookingState.NonTransmise], (await BookingsAsync(first, lea.Child)).Select(b => b.State));
        Assert.Equal([BookingState.ListeAttente, BookingState.NonTransmise], (await BookingsAsync(first, hugo.Child)).Select(b => b.State));
        // Validated while the run goes on: for the next night's run.
        var ines = await FamilyBookingAsync(second, school, "Inès", days[0]);

        // The next night's time comes while the run still has a day to do: both nodes poll, the run goes on once.
        clock.SetUtcNow(Next(clock, new TimeOnly(1, 0)).AddSeconds(1));
        await PollAsync(first, second, times: 4);
        Assert.Equal([BookingState.Acceptee, BookingState.Acceptee], (await BookingsAsync(first, lea.Child)).Select(b => b.State));
        Assert.Equal([BookingState.ListeAttente, BookingState.ListeAttente], (await BookingsAsync(first, hugo.Child)).Select(b => b.State));
        Assert.Equal(BookingState.NonTransmise, (await BookingsAsync(first, ines.Child)).Single().State);
        Assert.Equal(2, await CompletionsAsync(first, "traiter"));

        // Its report leaves once per account; the next run then takes what was validated meanwhile.
        var morning = Next(clock, new TimeOnly(7, 0));
        clock.SetUtcNow(morning.AddSeconds(1));
        await PollAsync(first, second, times: 4);
        var subject = BookingReports.Subject(CampaignSchedule.LocalDate(morning, Paris));
        Assert.Single(await Maildev.WaitForAsync(lea.Family.Email, e => e.Subject == subject));
        Assert.Single(await Maildev.WaitForAsync(hugo.Family.Email, e => e.Subject == subject));
        // The email senders' leases run on the fake clock too: the jump to the next night waits until they are done.
        await WaitForSentAsync(first, subject);
        clock.SetUtcNow(Next(clock, new TimeOnly(1, 0)).AddSeconds(1));
        await PollAsync(first, second, times: 4);
        var requests = await QueryAsync(first, db => db.BookingRequests.AsNoTracking().Include(r => r.Booking)
            .Where(r => r.Booking!.ChildId == lea.Child || r.Booking.ChildId == hugo.Child || r.Booking.ChildId == ines.Child).OrderBy(r => r.Id).ToListAsync());
        Assert.Equal(5, requests.Count);
        Assert.All(requests, r => Assert.NotNull(r.ProcessedAt));
        var inesRequest = requests.Single(r => r.Booking!.ChildId == ines.Child);
        Assert.Equal((BookingOutcome.ListeAttente, 2), (inesRequest.Outcome!.Value, inesRequest.WaitingPosition!.Value));
        Assert.Equal(3, await CompletionsAsync(first, "traiter"));
        Assert.Equal(0, await QueryAsync(first, db => db.BookingPromotions.CountAsync()));
    }

    private static async Task<(TestFamily Family, int Child)> FamilyBookingAsync(NodePortal node, BookingSchool school, string name, params DateOnly[] days)
    {
        var family = await node.CreateFamilyAsync();
        var child = await AddChildAsync(node, family, school, name);
        var client = PortalClient.For(node);
        await client.SignInAsync(family.UserName, TestFamily.Password);
        await TickAsync(client, child, school.ApsMatin, days);
        var (recap, key) = await RecapAsync(client);
        using var response = await ValidateAsync(client, recap, key);
        Assert.Contains("« Non transmise » jusqu'au traitement de la nuit", await client.PageAsync(response.RedirectPath()!), StringComparison.Ordinal);
        return (family, child);
    }

    /// <summary>Until the outbox has recorded as sent every email with this subject.</summary>
    private static async Task WaitForSentAsync(NodePortal node, string subject)
    {
        for (var i = 0; i < 600; i++)
        {
            if (!await QueryAsync(node, db => db.Outbox.AnyAsync(m => m.Subject == subject && m.SentAt == null)))
            {
                return;
            }

            await Task.Delay(100);
        }

        throw new TimeoutException($"The outbox never recorded « {subject} » as sent.");
    }

    /// <summary>Until a session of the database waits for a row lock (the run blocked on the day the test holds).</summary>
    private static async Task WaitForLockWaitAsync(SharedDatabase database)
    {
        await using var connection = new NpgsqlConnection(database.ConnectionString);
        await connection.OpenAsync();
        await using var waiting = new NpgsqlCommand("SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'", connection);
        for (var i = 0; i < 600; i++)
        {
            if ((long)(await waiting.ExecuteScalarAsync())! > 0)
            {
                return;
            }

            await Task.Delay(100);
        }

        throw new TimeoutException("The night's run never waited for the day the test locks.");
    }

    /// <summary>Both schedulers poll at the same moment, a few seconds apart each time (the run's slices wait one second).</summary>
    private static async Task PollAsync(NodePortal first, NodePortal second, int times)
    {
        for (var i = 0; i < times; i++)
        {
            await Task.WhenAll(Task.Run(first.RunSchedulerAsync), Task.Run(second.RunSchedulerAsync));
            first.Clock.Advance(TimeSpan.FromSeconds(2));
        }
    }

    private static DateTimeOffset Next(FakeTimeProvider clock, TimeOnly local) => BookingProcessingSchedule.Next(local, clock.GetUtcNow(), Paris);

    private static Task<int> CompletionsAsync(NodePortal node, string activityId) =>
        QueryAsync(node, db => db.Set<WfJournalEntry>().CountAsync(j => j.ActivityId == activityId && j.EventName == JournalEvents.Completed
            && db.Set<WfInstance>().Any(i => i.Id == j.InstanceId && i.DefinitionId == BookingProcessingWorkflow.DefinitionId)));

    private static async Task<T> QueryAsync<T>(NodePortal node, Func<AppDbContext, Task<T>> query)
    {
        await using var scope = node.Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<AppDbContext>());
    }
}
