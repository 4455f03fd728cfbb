using System.Net;
using DossierFamille.Web.Data;
using DossierFamille.Web.Features.Credits;
using DossierFamille.Web.Features.Reservations;
using DossierFamille.Web.Features.Reservations.Gestion;
using DossierFamille.Web.Features.Wallets;
using DossierFamille.Web.Tests.Features.Payments;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static DossierFamille.Web.Tests.Features.Reservations.ReservationSteps;

namespace DossierFamille.Web.Tests.Features.Reservations;

/// <summary>Trop payé of days paid at booking (PostgreSQL, PayFiP simulator): a paid day given up in time or refused is owed back, once.</summary>
public sealed partial class PayAtBookingTests
{
    [Fact]
    public async Task A_paid_day_cancelled_in_time_and_a_paid_day_closed_by_the_mairie_each_give_their_price_as_trop_paye_once()
    {
        var school = await PayAtBookingSchoolAsync(BookingProcessingMode.Nightly, capacity: 5);
        var (parent, child, _) = await ParentAsync(school, "Maël");
        var days = new[] { Monday(portal, 2).AddDays(1), Monday(portal, 2).AddDays(3) };
        await TickAsync(parent, child, school.ApsMatin, days);
        var (recap, key) = await RecapAsync(parent);
        var idOp = IdOp(await ValidateToPayFipAsync(parent, recap, key));
        await PayFipSteps.ChooseAsync(idOp, "payer-sans-notifier");
        Assert.Equal(HttpStatusCode.OK, await PayFipSteps.NotifyAsync(portal, idOp));

        // Not processed yet (nightly): given up at once; then the mairie closes the other day, twice.
        await TickAsync(parent, child, school.ApsMatin, [], [days[0]]);
        var (cancelRecap, cancelKey) = await RecapAsync(parent);
        using (var cancelled = await ValidateAsync(parent, cancelRecap, cancelKey))
        {
            Assert.Equal(HttpStatusCode.Redirect, cancelled.StatusCode);
        }

        await using (var scope = portal.Services.CreateAsyncScope())
        {
            var actions = scope.ServiceProvider.GetRequiredService<DayActions>();
            Assert.Null(await actions.CloseAsync(school.ApsMatin, days[1], "Sortie scolaire", "gestionnaire", CancellationToken.None));
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            await scope.ServiceProvider.GetRequiredService<WalletLedger>().SettleAsync(await db.Bookings.Where(b => b.ChildId == child).ToListAsync(), portal.Clock.GetUtcNow(), CancellationToken.None);
            await db.SaveChangesAsync();
        }

        var (familyId, userId, movements, balances) = await CreditsAsync(child);

        Assert.Equal([BookingState.Annulee, BookingState.Refusee], (await BookingsAsync(portal, child)).Select(b => b.State));
        Assert.Equal([CreditMovementKind.CancelledPaidDay, CreditMovementKind.RefusedPaidDay], movements.OrderBy(m => m.Id).Select(m => m.Kind));
        Assert.All(movements, m => Assert.Equal((3.30m, school.StructureId, familyId, userId), (m.Amount, m.StructureId, m.FamilyId, m.UserId)));
        Assert.Contains($"Jour payé puis annulé à temps : APS MATIN – Maël – {BookingFormat.Short(days[0])}", movements.Select(m => m.Label));
        var balance = Assert.Single(balances);
        Assert.Equal((school.StructureId, 6.60m), (balance.StructureId, balance.Balance));
    }

    private async Task<(int FamilyId, string UserId, List<CreditMovement> Movements, List<CreditBalance> Balances)> CreditsAsync(int childId)
    {
        await using var scope = portal.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var booking = await db.Bookings.AsNoTracking().FirstAsync(b => b.ChildId == childId);
        var reader = scope.ServiceProvider.GetRequiredService<CreditReader>();
        return (booking.FamilyId, booking.UserId, await reader.MovementsAsync(booking.FamilyId, booking.UserId, CancellationToken.None),
            await reader.BalancesAsync(booking.FamilyId, booking.UserId, CancellationToken.None));
    }
}
