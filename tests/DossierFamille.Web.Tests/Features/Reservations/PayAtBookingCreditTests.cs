using System.Net;
using DossierFamille.Web.Data;
using DossierFamille.Web.Features.Credits;
using DossierFamille.Web.Features.Payments;
using DossierFamille.Web.Features.Reservations;
using DossierFamille.Web.Features.Reservations.Gestion;
using DossierFamille.Web.Features.Reservations.PayAtBooking;
using DossierFamille.Web.Features.Wallets;
using DossierFamille.Web.Tests.Features.Payments;
using DossierFamille.Web.Tests.Infrastructure;
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

    [Fact]
    public async Task Utiliser_trop_paye_takes_it_off_the_card_payment_and_an_abandoned_payment_gives_it_back()
    {
        var school = await PayAtBookingSchoolAsync(BookingProcessingMode.Nightly, capacity: 5);
        var (parent, child, _) = await ParentAsync(school, "Lou");
        var days = new[] { Monday(portal, 2), Monday(portal, 2).AddDays(1), Monday(portal, 2).AddDays(3) };
        await PaidThenCancelledAsync(parent, child, school, days[0]);

        await TickAsync(parent, child, school.ApsMatin, days[1..]);
        var plain = Text(await parent.PageAsync("/reservations/recapitulatif"));
        var cart = Text(await parent.PageAsync("/reservations/panier"));
        var (chosen, key) = await RecapAsync(parent, $"?tropPaye={school.StructureId}");
        using var validated = await ValidateAsync(parent, chosen, key, school.StructureId);
        var page = validated.Headers.Location!;
        await portal.RunSchedulerAsync();
        var payfip = await PayFipSteps.PageAsync(page);
        var spent = (await CreditsAsync(child)).Balances.Single().Balance;

        Assert.Contains("Trop payé disponible Payé à la réservation Utiliser trop payé", plain, StringComparison.Ordinal);
        Assert.Contains("À payer maintenant par carte (paiement à la réservation) : 6,60 €", plain, StringComparison.Ordinal);
        Assert.Contains("Vous avez un trop payé de 3,30 €", cart, StringComparison.Ordinal);
        Assert.Contains("À payer maintenant par carte (paiement à la réservation) : 3,30 €", Text(chosen), StringComparison.Ordinal);
        Assert.Contains("Réglé par votre trop payé : 3,30 € sur les 6,60 € payés à la réservation.", Text(chosen), StringComparison.Ordinal);
        Assert.Contains("checked", chosen, StringComparison.Ordinal);
        Assert.Contains("3,30 €", payfip, StringComparison.Ordinal);
        Assert.DoesNotContain("6,60 €", payfip, StringComparison.Ordinal);
        Assert.Equal(0m, spent);
        Assert.Equal(3.30m, (await HoldAsync(key)).Amount);

        await PayFipSteps.ChooseAsync(IdOp(page), "abandonner");
        portal.Clock.Advance(TimeSpan.FromMinutes(17));
        await portal.RunSchedulerAsync();
        var released = Text(await parent.PageAsync(ReservationsModule.SubmissionPath(Guid.Parse(key))));
        var (_, _, movements, balances) = await CreditsAsync(child);
        var settlements = Text(await parent.PageAsync("/facturation/reglements"));

        Assert.Contains("les 3,30 € de trop payé utilisés vous sont rendus", released, StringComparison.Ordinal);
        Assert.Equal(3.30m, balances.Single().Balance);
        Assert.Equal([CreditMovementKind.CancelledPaidDay, CreditMovementKind.UsedAtBooking, CreditMovementKind.UseReturned], movements.OrderBy(m => m.Id).Select(m => m.Kind));
        Assert.Contains("Régularisation Trop payé Jour payé puis annulé à temps : APS MATIN – Lou", settlements, StringComparison.Ordinal);
        Assert.Contains("Règlement Trop payé Utilisé pour : Réservations APS MATIN 3,30 €", settlements, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_trop_paye_that_covers_the_days_records_them_at_once_without_PayFiP_sends_the_ticket_and_Paiement_et_Solde_shows_it()
    {
        var school = await PayAtBookingSchoolAsync(BookingProcessingMode.Nightly, capacity: 5);
        var (parent, child, emails) = await ParentAsync(school, "Nina");
        var days = new[] { Monday(portal, 2).AddDays(1), Monday(portal, 2).AddDays(4) };
        await PaidThenCancelledAsync(parent, child, school, days[0]);
        var before = Text(await parent.PageAsync(WalletsModule.ParentPath));

        await TickAsync(parent, child, school.ApsMatin, [days[1]]);
        var (chosen, key) = await RecapAsync(parent, $"?tropPaye={school.StructureId}");
        using var validated = await ValidateAsync(parent, chosen, key, school.StructureId);
        var submission = Text(await parent.PageAsync(validated.RedirectPath()!));
        var after = Text(await parent.PageAsync(WalletsModule.ParentPath));

        Assert.Contains("Valider définitivement", chosen, StringComparison.Ordinal);
        Assert.Contains("rien à payer par carte", Text(chosen), StringComparison.Ordinal);
        Assert.Equal(ReservationsModule.SubmissionPath(Guid.Parse(key)), validated.RedirectPath());
        Assert.Contains("Réglé par votre trop payé : 1 jour(s) payé(s) à la réservation, 3,30 €.", submission, StringComparison.Ordinal);
        Assert.Equal(BookingState.NonTransmise, (await BookingsAsync(portal, child)).Single(b => b.Day == days[1]).State);
        Assert.Equal((BookingHoldState.Paid, 0m), ((await HoldAsync(key)).State, (await HoldAsync(key)).Amount));
        Assert.Matches("Service Trop payé École [0-9a-f]+ 3,30 €", before);
        Assert.Matches("Service Trop payé École [0-9a-f]+ 0,00 €", after);
        Assert.Contains("Utilisé pour : Réservations APS MATIN -3,30 €", after, StringComparison.Ordinal);
        Assert.Equal(0m, (await CreditsAsync(child)).Balances.Single().Balance);
        var refdet = (await HoldAsync(key)).Refdet;
        var ticket = Assert.Single(await QueryAsync(db => db.Outbox.AsNoTracking().Where(m => m.Subject.StartsWith(PaymentTicket.Subject) && m.TextBody.Contains(refdet)).ToListAsync()));
        Assert.Equal(($"{PaymentTicket.Subject} : 3,30 €", emails.First), (ticket.Subject, ticket.To));
        Assert.Contains("Votre règlement de 3,30 € est enregistré : réglé par votre trop payé, sans paiement par carte.", ticket.TextBody, StringComparison.Ordinal);
        Assert.Contains("Réglé par votre trop payé", ticket.TextBody, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Two_validations_spending_the_same_trop_paye_at_once_spend_it_once()
    {
        var school = await PayAtBookingSchoolAsync(BookingProcessingMode.Nightly, capacity: 5);
        var (parent, child, _) = await ParentAsync(school, "Sacha");
        await PaidThenCancelledAsync(parent, child, school, Monday(portal, 2).AddDays(3));
        var (familyId, userId, _, _) = await CreditsAsync(child);
        var key = new WalletKey(familyId, userId, school.StructureId);
        await using (var scope = portal.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<WalletLocks>().EnsureAsync([key], CancellationToken.None);
        }

        // Two tabs, each holding a day of 3,30 € and asking the trop payé (3,30 €) to pay it.
        var used = await Task.WhenAll(Enumerable.Range(1, 2).Select(async tab =>
        {
            await using var scope = portal.Services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            var hold = new BookingHold { Id = -tab, FamilyId = familyId, UserId = userId, Objet = $"Réservations APS MATIN (onglet {tab})", Amount = 3.30m };
            var day = new Booking { FamilyId = familyId, ChildId = child, ActivityId = school.ApsMatin, UserId = userId, Price = 3.30m };
            var paid = 0m;
            await db.InTransactionAsync(async () =>
            {
                db.ChangeTracker.Clear();
                await scope.ServiceProvider.GetRequiredService<WalletLocks>().LockAsync([key], CancellationToken.None);
                paid = await scope.ServiceProvider.GetRequiredService<BookingCredits>().UseAtBookingAsync(hold, [day], [school.StructureId], portal.Clock.GetUtcNow(), CancellationToken.None);
                // Hold the lock a moment, as the PayFiP call of a real validation does.
                await Task.Delay(200);
                await db.SaveChangesAsync();
            }, CancellationToken.None);
            return paid;
        }));

        var (_, _, movements, balances) = await CreditsAsync(child);
        Assert.Equal([0m, 3.30m], used.Order());
        Assert.Equal(0m, balances.Single().Balance);
        Assert.Single(movements, m => m.Kind == CreditMovementKind.UsedAtBooking);
    }

    /// <summary>Pays <paramref name="day"/> at booking on the PayFiP simulator, then cancels it before the night: 3,30 € of trop payé.</summary>
    private async Task PaidThenCancelledAsync(PortalClient parent, int child, BookingSchool school, DateOnly day)
    {
        await TickAsync(parent, child, school.ApsMatin, [day]);
        var (recap, key) = await RecapAsync(parent);
        var idOp = IdOp(await ValidateToPayFipAsync(parent, recap, key));
        await PayFipSteps.ChooseAsync(idOp, "payer-sans-notifier");
        Assert.Equal(HttpStatusCode.OK, await PayFipSteps.NotifyAsync(portal, idOp));
        await TickAsync(parent, child, school.ApsMatin, [], [day]);
        var (cancelRecap, cancelKey) = await RecapAsync(parent);
        using var cancelled = await ValidateAsync(parent, cancelRecap, cancelKey);
        Assert.Equal(HttpStatusCode.Redirect, cancelled.StatusCode);
    }

    private async Task<T> QueryAsync<T>(Func<AppDbContext, Task<T>> query)
    {
        await using var scope = portal.Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<AppDbContext>());
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
