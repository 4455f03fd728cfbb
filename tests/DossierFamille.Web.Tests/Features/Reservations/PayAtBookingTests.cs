using System.Net;
using DossierFamille.Testing;
using DossierFamille.Web.Data;
using DossierFamille.Web.Features.Billing;
using DossierFamille.Web.Features.Credits;
using DossierFamille.Web.Features.Payments;
using DossierFamille.Web.Features.Reservations;
using DossierFamille.Web.Features.Reservations.Gestion;
using DossierFamille.Web.Features.Reservations.PayAtBooking;
using DossierFamille.Web.Tests.Features.Billing;
using DossierFamille.Web.Tests.Features.Payments;
using DossierFamille.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static DossierFamille.Web.Tests.Features.Reservations.ReservationSteps;

namespace DossierFamille.Web.Tests.Features.Reservations;

/// <summary>
/// Activities paid at booking (PostgreSQL, PayFiP simulator): "Payer (CB sécurisé)" holds the days, which take their
/// places, and sends the parent to PayFiP; paid, the days are recorded once however the result arrives; refused or
/// abandoned, they are released once the payment's validity is over.
/// </summary>
public sealed partial class PayAtBookingTests(PaymentsPortal portal) : IClassFixture<PaymentsPortal>
{
    private const string PayButton = "Payer (CB sécurisé)";

    [Fact]
    public async Task Paying_at_booking_holds_the_days_then_records_them_once_however_often_PayFiP_notifies_and_mails_the_ticket_to_the_first_address_only()
    {
        var school = await PayAtBookingSchoolAsync(BookingProcessingMode.Nightly, capacity: 5);
        var (parent, child, emails) = await ParentAsync(school, "Léa");
        var days = new[] { Monday(portal, 2), Monday(portal, 2).AddDays(1) };
        await TickAsync(parent, child, school.ApsMatin, days);

        var (recap, key) = await RecapAsync(parent);
        var page = await ValidateToPayFipAsync(parent, recap, key);
        var secondClick = await ValidateToPayFipAsync(parent, recap, key);
        var payfip = await PayFipSteps.PageAsync(page);
        var held = await BookingsAsync(portal, child);
        var calendar = await parent.PageAsync(Calendar(child, school.ApsMatin, days[0]));
        var followUp = Text(await parent.PageAsync("/reservations/suivi"));

        Assert.Contains(PayButton, recap, StringComparison.Ordinal);
        Assert.Contains("À payer maintenant par carte (paiement à la réservation) : 6,60 €", Text(recap), StringComparison.Ordinal);
        Assert.Equal(page, secondClick);
        Assert.Contains("6,60 €", payfip, StringComparison.Ordinal);
        Assert.All(held, b => Assert.Equal((BookingState.EnAttentePaiement, 3.30m), (b.State, b.Price)));
        Assert.Contains($"{BookingFormat.Long(days[0])}, APS MATIN : En attente de paiement", calendar, StringComparison.Ordinal);
        Assert.Contains("En attente de paiement (2)", followUp, StringComparison.Ordinal);
        Assert.Equal(0, await RequestCountAsync(child));

        var idOp = IdOp(page);
        await PayFipSteps.ChooseAsync(idOp, "payer-sans-notifier");
        var answers = await Task.WhenAll(Enumerable.Range(0, 3).Select(_ => PayFipSteps.NotifyAsync(portal, idOp)));
        var submission = Text(await parent.PageAsync(ReservationsModule.SubmissionPath(Guid.Parse(key))));

        Assert.All(answers, status => Assert.Equal(HttpStatusCode.OK, status));
        Assert.All(await BookingsAsync(portal, child), b => Assert.Equal(BookingState.NonTransmise, b.State));
        Assert.Equal(2, await RequestCountAsync(child));
        Assert.Contains("Paiement reçu : 2 jour(s) payé(s) à la réservation, 6,60 €.", submission, StringComparison.Ordinal);
        Assert.Contains("2 demande(s) de réservation", submission, StringComparison.Ordinal);
        var hold = await HoldAsync(key);
        var ticket = Assert.Single(await Maildev.WaitForAsync(emails.First, e => e.Text?.Contains(hold.Refdet, StringComparison.Ordinal) == true));
        Assert.Equal($"{PaymentTicket.Subject} : 6,60 €", ticket.Subject);
        Assert.Contains("Réservations APS MATIN", ticket.Text, StringComparison.Ordinal);
        Assert.Empty(await Maildev.ToAsync(emails.Second, e => e.Text?.Contains(hold.Refdet, StringComparison.Ordinal) == true));
    }

    [Fact]
    public async Task A_mixed_cart_tells_what_is_paid_now_and_what_is_invoiced_later_and_days_processed_at_once_are_accepted_when_paid()
    {
        var school = await PayAtBookingSchoolAsync(BookingProcessingMode.Immediate, capacity: 5);
        await BillingSteps.AddTariffAsync(portal, school.Restauration, t => t.Brackets[^1].Price = 4.10m);
        var (parent, child, _) = await ParentAsync(school, "Hugo");
        var day = Monday(portal, 2).AddDays(3);
        await TickAsync(parent, child, school.ApsMatin, [day]);
        await TickAsync(parent, child, school.Restauration, [day]);

        var (recap, key) = await RecapAsync(parent);
        var page = await ValidateToPayFipAsync(parent, recap, key);
        var payfip = await PayFipSteps.PageAsync(page);
        var before = await BookingsAsync(portal, child);
        var back = await PayFipSteps.ChooseAsync(IdOp(page), "payer-sans-notifier");
        using var returned = await parent.GetAsync(back.PathAndQuery);
        var payment = await parent.PageAsync(returned.RedirectPath()!);
        var submission = Text(await parent.PageAsync(ReservationsModule.SubmissionPath(Guid.Parse(key))));
        var after = await BookingsAsync(portal, child);

        Assert.Contains("À payer maintenant par carte (paiement à la réservation) : 3,30 €", Text(recap), StringComparison.Ordinal);
        Assert.Contains("Facturé plus tard, sur la facture mensuelle : 4,10 €", Text(recap), StringComparison.Ordinal);
        Assert.Contains("3,30 €", payfip, StringComparison.Ordinal);
        Assert.DoesNotContain("7,40 €", payfip, StringComparison.Ordinal);
        Assert.Equal(BookingState.EnAttentePaiement, before.Single(b => b.ActivityId == school.ApsMatin).State);
        Assert.Equal(BookingState.NonTransmise, before.Single(b => b.ActivityId == school.Restauration).State);
        Assert.Contains("Paiement en ligne : payé", payment, StringComparison.Ordinal);
        Assert.Equal(BookingState.Acceptee, after.Single(b => b.ActivityId == school.ApsMatin).State);
        Assert.Contains($"APS MATIN {BookingFormat.Short(day)} Acceptée", submission, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_abandoned_payment_keeps_the_place_for_its_validity_then_the_catch_up_releases_it_for_another_family()
    {
        var school = await PayAtBookingSchoolAsync(BookingProcessingMode.Nightly, capacity: 1);
        var day = Monday(portal, 3).AddDays(1);
        var (first, firstChild, _) = await ParentAsync(school, "Inès");
        var (second, secondChild, _) = await ParentAsync(school, "Jules");
        await TickAsync(first, firstChild, school.ApsMatin, [day]);
        var (recap, key) = await RecapAsync(first);
        var page = await ValidateToPayFipAsync(first, recap, key);
        await portal.RunSchedulerAsync();

        var back = await PayFipSteps.ChooseAsync(IdOp(page), "abandonner");
        using var returned = await first.GetAsync(back.PathAndQuery);
        var abandoned = await first.PageAsync(returned.RedirectPath()!);
        var kept = Text(await first.PageAsync(ReservationsModule.SubmissionPath(Guid.Parse(key))));
        await TickAsync(second, secondChild, school.ApsMatin, [day]);
        var full = Text(await ValidateToPageAsync(second));

        Assert.Contains("Le paiement a été abandonné : rien n'a été débité.", abandoned, StringComparison.Ordinal);
        Assert.Contains("En attente de paiement : 1 jour(s) payé(s) à la réservation, 3,30 €.", kept, StringComparison.Ordinal);
        Assert.Contains(PayButton, kept, StringComparison.Ordinal);
        Assert.Contains(HeldPlaces.Full, full, StringComparison.Ordinal);
        Assert.Equal(BookingState.EnAttentePaiement, (await BookingsAsync(portal, firstChild)).Single().State);

        portal.Clock.Advance(TimeSpan.FromMinutes(17));
        await portal.RunSchedulerAsync();
        var released = Text(await first.PageAsync(ReservationsModule.SubmissionPath(Guid.Parse(key))));
        await TickAsync(second, secondChild, school.ApsMatin, [day]);
        var (secondRecap, secondKey) = await RecapAsync(second);
        await ValidateToPayFipAsync(second, secondRecap, secondKey);

        Assert.Contains("Le paiement n'a pas abouti : les 1 jour(s) gardés pour vous ont été libérés.", released, StringComparison.Ordinal);
        Assert.DoesNotContain(PayButton, released, StringComparison.Ordinal);
        Assert.Equal(BookingState.Annulee, (await BookingsAsync(portal, firstChild)).Single().State);
        Assert.Equal(BookingHoldState.Released, (await HoldAsync(key)).State);
        Assert.Equal(BookingState.EnAttentePaiement, (await BookingsAsync(portal, secondChild)).Single().State);
        Assert.Equal(0, await RequestCountAsync(firstChild));
    }

    [Fact]
    public async Task A_crash_between_the_payment_and_the_booking_record_leaves_both_undone_and_the_catch_up_records_them_once()
    {
        var school = await PayAtBookingSchoolAsync(BookingProcessingMode.Nightly, capacity: 5);
        var (parent, child, _) = await ParentAsync(school, "Zoé");
        await TickAsync(parent, child, school.ApsMatin, [Monday(portal, 2).AddDays(3)]);
        var (recap, key) = await RecapAsync(parent);
        var page = await ValidateToPayFipAsync(parent, recap, key);
        await portal.RunSchedulerAsync();
        var idOp = IdOp(page);
        await PayFipSteps.ChooseAsync(idOp, "payer-sans-notifier");

        var crashes = portal.Crash.Crashes;
        portal.Crash.ArmFor(PaymentTicket.Subject);
        var crashed = await PayFipSteps.NotifyAsync(portal, idOp);
        var afterCrash = (await BookingsAsync(portal, child)).Single().State;
        var holdAfterCrash = (await HoldAsync(key)).State;
        portal.Clock.Advance(TimeSpan.FromMinutes(17));
        await portal.RunSchedulerAsync();
        var late = await PayFipSteps.NotifyAsync(portal, idOp);

        Assert.Equal(crashes + 1, portal.Crash.Crashes);
        Assert.NotEqual(HttpStatusCode.OK, crashed);
        Assert.Equal((BookingState.EnAttentePaiement, BookingHoldState.Held), (afterCrash, holdAfterCrash));
        Assert.Equal(HttpStatusCode.OK, late);
        Assert.Equal(BookingState.NonTransmise, (await BookingsAsync(portal, child)).Single().State);
        Assert.Equal(BookingHoldState.Paid, (await HoldAsync(key)).State);
        Assert.Equal(1, await RequestCountAsync(child));
        await using var scope = portal.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        Assert.Equal(1, await db.Outbox.CountAsync(m => m.Subject.StartsWith(PaymentTicket.Subject) && m.TextBody.Contains(idOp)));
    }

    [Fact]
    public async Task A_separated_parent_can_neither_see_nor_pay_the_days_the_other_parent_holds()
    {
        var school = await PayAtBookingSchoolAsync(BookingProcessingMode.Nightly, capacity: 5);
        var family = await portal.CreateFamilyAsync(responsables: 2, separated: true);
        var child = await AddChildAsync(portal, family, school, "Emma");
        var payer = PortalClient.For(portal);
        await payer.SignInAsync(family.UserNames[0], TestFamily.Password);
        var other = PortalClient.For(portal);
        await other.SignInAsync(family.UserNames[1], TestFamily.Password);
        await TickAsync(payer, child, school.ApsMatin, [Monday(portal, 2)]);
        var (recap, key) = await RecapAsync(payer);
        await ValidateToPayFipAsync(payer, recap, key);

        using var submission = await other.GetAsync(ReservationsModule.SubmissionPath(Guid.Parse(key)));
        var token = PortalClient.TokenOf(await other.PageAsync("/contact"));
        using var pay = await other.Http.PostAsync(new Uri(PaymentsModule.StartPath, UriKind.Relative),
            new FormUrlEncodedContent([new("kind", HeldBookingsPurpose.PurposeKind), new("reference", key), new("__RequestVerificationToken", token)]));
        var calendar = await other.PageAsync(Calendar(child, school.ApsMatin, Monday(portal, 2)));

        Assert.Equal((HttpStatusCode.NotFound, HttpStatusCode.NotFound), (submission.StatusCode, pay.StatusCode));
        Assert.Contains($"{BookingFormat.Long(Monday(portal, 2))}, APS MATIN : Réservé par l'autre responsable", calendar, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Closing_a_day_refuses_the_day_held_for_a_payment_and_the_payment_then_records_only_the_other_days()
    {
        var school = await PayAtBookingSchoolAsync(BookingProcessingMode.Immediate, capacity: 5);
        var (parent, child, _) = await ParentAsync(school, "Zoé");
        var days = new[] { Monday(portal, 2).AddDays(1), Monday(portal, 2).AddDays(3) };
        await TickAsync(parent, child, school.ApsMatin, days);
        var (recap, key) = await RecapAsync(parent);
        var idOp = IdOp(await ValidateToPayFipAsync(parent, recap, key));

        await using (var scope = portal.Services.CreateAsyncScope())
        {
            Assert.Null(await scope.ServiceProvider.GetRequiredService<DayActions>().CloseAsync(school.ApsMatin, days[0], "Grève", "gestionnaire", CancellationToken.None));
        }

        var closed = await BookingsAsync(portal, child);
        await PayFipSteps.ChooseAsync(idOp, "payer-sans-notifier");
        Assert.Equal(HttpStatusCode.OK, await PayFipSteps.NotifyAsync(portal, idOp));
        var paid = await BookingsAsync(portal, child);

        Assert.Equal([BookingState.Refusee, BookingState.EnAttentePaiement], closed.Select(b => b.State));
        Assert.Equal([BookingState.Refusee, BookingState.Acceptee], paid.Select(b => b.State));
        Assert.Equal(1, await RequestCountAsync(child));
        // The closed day was paid for nothing: its price is trop payé.
        var credit = Assert.Single((await CreditsAsync(child)).Movements);
        Assert.Equal((CreditMovementKind.RefusedPaidDay, 3.30m, paid[0].Id), (credit.Kind, credit.Amount, credit.BookingId));
    }

    /// <summary>A school whose APS MATIN (3,30 € a day without QF) is paid at booking.</summary>
    private async Task<BookingSchool> PayAtBookingSchoolAsync(BookingProcessingMode mode, int capacity)
    {
        var school = await CreateSchoolAsync(portal);
        await SetProcessingAsync(portal, school.ApsMatin, mode, capacity);
        await BillingSteps.AddTariffAsync(portal, school.ApsMatin);
        await using var scope = portal.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        db.ActivityBillings.Add(new ActivityBilling { ActivityId = school.ApsMatin, PaymentMode = PaymentMode.PayAtBooking });
        await db.SaveChangesAsync();
        return school;
    }

    /// <summary>A signed-in parent with two email addresses and a child enrolled in the school.</summary>
    private async Task<(PortalClient Parent, int Child, (string First, string Second) Emails)> ParentAsync(BookingSchool school, string childName)
    {
        var family = await portal.CreateFamilyAsync();
        var child = await AddChildAsync(portal, family, school, childName);
        var id = Guid.NewGuid().ToString("N")[..8];
        var emails = ($"premiere.{id}@test.example", $"seconde.{id}@test.example");
        await using (var scope = portal.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            var user = await db.Users.SingleAsync(u => u.UserName == family.UserName);
            user.Email = $"{emails.Item1};{emails.Item2}";
            await db.SaveChangesAsync();
        }

        var parent = PortalClient.For(portal);
        await parent.SignInAsync(family.UserName, TestFamily.Password);
        return (parent, child, emails);
    }

    /// <summary>"Payer (CB sécurisé)": the portal answers with PayFiP's page.</summary>
    private static async Task<Uri> ValidateToPayFipAsync(PortalClient parent, string recap, string key)
    {
        using var response = await ValidateAsync(parent, recap, key);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var page = response.Headers.Location!;
        Assert.StartsWith($"{RequiredService.PayFip}/tpa/paiementws.web?idop=", page.AbsoluteUri, StringComparison.Ordinal);
        return page;
    }

    private static async Task<string> ValidateToPageAsync(PortalClient parent)
    {
        var (recap, key) = await RecapAsync(parent);
        using var response = await ValidateAsync(parent, recap, key);
        return await parent.PageAsync(response.RedirectPath()!);
    }

    private static string IdOp(Uri payfipPage) => Uri.UnescapeDataString(payfipPage.Query[(payfipPage.Query.IndexOf('=', StringComparison.Ordinal) + 1)..]);

    private async Task<BookingHold> HoldAsync(string key)
    {
        await using var scope = portal.Services.CreateAsyncScope();
        var id = Guid.Parse(key);
        return await scope.ServiceProvider.GetRequiredService<AppDbContext>().BookingHolds.AsNoTracking().SingleAsync(h => h.SubmissionId == id);
    }

    private async Task<int> RequestCountAsync(int childId)
    {
        await using var scope = portal.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<AppDbContext>().BookingRequests.CountAsync(r => r.Booking!.ChildId == childId);
    }
}
