using DossierFamille.Web.Data;
using DossierFamille.Web.Features.Reservations;
using DossierFamille.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static DossierFamille.Web.Tests.Features.Reservations.ReservationSteps;

namespace DossierFamille.Web.Tests.Features.Reservations;

public abstract class ImmediateProcessingTests<TPortal>(TPortal portal) : IClassFixture<TPortal>
    where TPortal : PortalFactory, IClockedPortal
{
    [Fact]
    public async Task In_immediate_mode_parents_read_the_answer_at_once_a_waiting_place_can_be_left_and_a_freed_place_promotes_the_first_waiting_with_an_email()
    {
        var school = await CreateSchoolAsync(portal);
        await SetProcessingAsync(portal, school.ApsMatin, BookingProcessingMode.Immediate, capacity: 1);
        var day = Monday(portal, 2).AddDays(1);
        var (first, firstChild, firstClient) = await FamilyBookingAsync(school, "Léa");
        var (second, secondChild, secondClient) = await FamilyBookingAsync(school, "Hugo");
        var (_, thirdChild, thirdClient) = await FamilyBookingAsync(school, "Inès");

        Assert.Contains($"{BookingFormat.Short(day)} Acceptée", Text(await BookAsync(firstClient, firstChild, school.ApsMatin, day)), StringComparison.Ordinal);
        Assert.Contains($"{BookingFormat.Short(day)} Liste d'attente (position 1)", Text(await BookAsync(secondClient, secondChild, school.ApsMatin, day)), StringComparison.Ordinal);
        Assert.Contains($"{BookingFormat.Short(day)} Liste d'attente (position 2)", Text(await BookAsync(thirdClient, thirdChild, school.ApsMatin, day)), StringComparison.Ordinal);
        Assert.Contains($"{BookingFormat.Long(day)}, APS MATIN : Liste d'attente", await secondClient.PageAsync(Calendar(secondChild, school.ApsMatin, day)), StringComparison.Ordinal);

        // The third family leaves the waiting list: done at once, nobody else moves.
        Assert.Contains($"{BookingFormat.Short(day)} Annulée", Text(await CancelAsync(thirdClient, thirdChild, school.ApsMatin, day)), StringComparison.Ordinal);
        Assert.Equal(BookingState.Annulee, (await BookingsAsync(portal, thirdChild)).Single().State);
        Assert.Equal(BookingState.ListeAttente, (await BookingsAsync(portal, secondChild)).Single().State);

        // The first family cancels: its place goes to the second, who is told by email.
        Assert.Contains($"{BookingFormat.Short(day)} Annulée", Text(await CancelAsync(firstClient, firstChild, school.ApsMatin, day)), StringComparison.Ordinal);
        Assert.Equal(BookingState.Acceptee, (await BookingsAsync(portal, secondChild)).Single().State);
        var email = (await Maildev.WaitForAsync(second.Emails[0], e => e.Subject == WaitingListPromotions.Subject)).Single();
        Assert.Equal(
            $"Mme {second.Reference.Replace("T-", "TEST", StringComparison.Ordinal).ToUpperInvariant()} Alice\n\n"
            + "Des places se sont libérées : vos réservations en liste d'attente ont été acceptées.\n\n"
            + "--> Activité : APS MATIN :\n"
            + $"         {second.Reference.ToUpperInvariant()} Hugo : {BookingFormat.Short(day)}\n"
            + "Vous pouvez consulter l'état de vos réservations sur notre site Internet.",
            email.Text?.Replace("\r\n", "\n", StringComparison.Ordinal).TrimEnd());
        Assert.Empty(await Maildev.ToAsync(first.Emails[0], e => e.Subject == WaitingListPromotions.Subject));
        Assert.Contains($"{BookingFormat.Long(day)}, APS MATIN : Réservé", await secondClient.PageAsync(Calendar(secondChild, school.ApsMatin, day)), StringComparison.Ordinal);

        await using var scope = portal.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var children = new[] { firstChild, secondChild, thirdChild };
        Assert.False(await db.BookingRequests.AnyAsync(r => children.Contains(r.Booking!.ChildId) && (r.ProcessedAt == null || r.Outcome == null)));
        Assert.Equal(secondChild, (await db.BookingPromotions.Join(db.Bookings, p => p.BookingId, b => b.Id, (p, b) => b.ChildId).Where(c => children.Contains(c)).ToListAsync()).Single());
    }

    private async Task<(TestFamily Family, int Child, PortalClient Client)> FamilyBookingAsync(BookingSchool school, string child)
    {
        var family = await portal.CreateFamilyAsync();
        var childId = await AddChildAsync(portal, family, school, child);
        var client = PortalClient.For(portal);
        await client.SignInAsync(family.UserName, TestFamily.Password);
        return (family, childId, client);
    }

    private static async Task<string> BookAsync(PortalClient client, int child, int activity, DateOnly day)
    {
        await TickAsync(client, child, activity, [day]);
        return await ValidateCartAsync(client);
    }

    private static async Task<string> CancelAsync(PortalClient client, int child, int activity, DateOnly day)
    {
        await TickAsync(client, child, activity, [], [day]);
        return await ValidateCartAsync(client);
    }

    private static async Task<string> ValidateCartAsync(PortalClient client)
    {
        var (recap, key) = await RecapAsync(client);
        using var response = await ValidateAsync(client, recap, key);
        return await client.PageAsync(response.RedirectPath()!);
    }

}

public sealed class ImmediateProcessingTestsOnSqlite(ClockedSqlitePortal portal) : ImmediateProcessingTests<ClockedSqlitePortal>(portal);

public sealed class ImmediateProcessingTestsOnPostgreSql(ClockedPostgreSqlPortal portal) : ImmediateProcessingTests<ClockedPostgreSqlPortal>(portal);
