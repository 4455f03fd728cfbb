using System.Net;
using DossierFamille.Testing;
using DossierFamille.Web.Data;
using DossierFamille.Web.Features.Accounts;
using DossierFamille.Web.Features.Payments;
using DossierFamille.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DossierFamille.Web.Tests.Features.Payments;

/// <summary>
/// A parent pays a debt through the PayFiP simulator; the portal records the result once, whether PayFiP notifies it
/// once, twice at the same time, never, or while the portal crashes, and mails the ticket to the account's first address.
/// </summary>
public sealed class OnlinePaymentTests(PaymentsPortal portal) : IClassFixture<PaymentsPortal>
{
    [Fact]
    public async Task A_payment_notified_three_times_at_once_is_recorded_once_and_its_ticket_goes_to_the_first_address_only()
    {
        var (parent, reference, family) = await ParentOwingAsync(emails: ["premiere.{0}@test.example", "seconde.{0}@test.example"]);
        var payment = await StartAsync(parent, reference);

        await ChooseAsync(payment, "payer-sans-notifier");
        var answers = await Task.WhenAll(Enumerable.Range(0, 3).Select(_ => NotifyAsync(payment.IdOp!)));
        var page = await parent.PageAsync(PaymentsModule.PaymentPath(payment.Id));

        Assert.All(answers, status => Assert.Equal(HttpStatusCode.OK, status));
        Assert.Contains("Paiement en ligne : payé", page, StringComparison.Ordinal);
        Assert.Contains($"Votre paiement de {TestDebts.Amount} est enregistré", page, StringComparison.Ordinal);
        Assert.Equal(1, await AuditCountAsync(TestDebts.PaidSubject(reference)));
        var tickets = await TicketsAsync(payment);
        Assert.Equal([family.First], tickets);
        var email = Assert.Single(await Maildev.WaitForAsync(family.First, e => e.Subject.Contains(payment.Refdet, StringComparison.Ordinal) || e.Text?.Contains(payment.Refdet, StringComparison.Ordinal) == true));
        Assert.Equal($"{PaymentTicket.Subject} : {TestDebts.Amount}", email.Subject);
        Assert.Contains("Cantine de novembre", email.Text, StringComparison.Ordinal);
        Assert.Empty(await Maildev.ToAsync(family.Second, e => e.Text?.Contains(payment.Refdet, StringComparison.Ordinal) == true));
    }

    [Fact]
    public async Task A_notification_that_never_comes_is_caught_up_once_the_payment_validity_has_passed()
    {
        var (parent, reference, _) = await ParentOwingAsync();
        var payment = await StartAsync(parent, reference);
        await ChooseAsync(payment, "payer-sans-notifier");

        portal.Clock.Advance(TimeSpan.FromMinutes(10));
        await portal.RunSchedulerAsync();
        var before = await parent.PageAsync(PaymentsModule.PaymentPath(payment.Id));
        portal.Clock.Advance(TimeSpan.FromMinutes(7));
        await portal.RunSchedulerAsync();
        var after = await parent.PageAsync(PaymentsModule.PaymentPath(payment.Id));

        Assert.Contains("Paiement en ligne : en attente", before, StringComparison.Ordinal);
        Assert.Contains("Paiement en ligne : payé", after, StringComparison.Ordinal);
        Assert.Equal(1, await AuditCountAsync(TestDebts.PaidSubject(reference)));
        Assert.Single(await TicketsAsync(payment));
    }

    [Fact]
    public async Task A_crash_between_the_payment_result_and_what_it_paid_leaves_the_payment_open_and_the_catch_up_records_both_once()
    {
        var (parent, reference, _) = await ParentOwingAsync();
        var payment = await StartAsync(parent, reference);
        await ChooseAsync(payment, "payer-sans-notifier");

        var crashes = portal.Crash.Crashes;
        portal.Crash.ArmFor(PaymentTicket.Subject);
        var crashed = await NotifyAsync(payment.IdOp!);
        var stateAfterCrash = await StateAsync(payment);
        var paidAfterCrash = await AuditCountAsync(TestDebts.PaidSubject(reference));
        portal.Clock.Advance(TimeSpan.FromMinutes(17));
        await portal.RunSchedulerAsync();

        Assert.Equal(crashes + 1, portal.Crash.Crashes);
        Assert.NotEqual(HttpStatusCode.OK, crashed);
        Assert.Equal((PaymentState.Pending, 0), (stateAfterCrash, paidAfterCrash));
        Assert.Equal(PaymentState.Paid, await StateAsync(payment));
        Assert.Equal(1, await AuditCountAsync(TestDebts.PaidSubject(reference)));
        Assert.Single(await TicketsAsync(payment));
        Assert.Equal(HttpStatusCode.OK, await NotifyAsync(payment.IdOp!));
        Assert.Equal(1, await AuditCountAsync(TestDebts.PaidSubject(reference)));
    }

    [Theory]
    [InlineData("refuser", "refusé", "Le paiement a été refusé : rien n'a été débité.")]
    [InlineData("abandonner", "abandonné", "Le paiement a été abandonné : rien n'a été débité.")]
    public async Task A_refused_or_abandoned_payment_releases_its_debt_sends_no_ticket_and_says_so_on_the_parent_return(string choice, string state, string message)
    {
        var (parent, reference, _) = await ParentOwingAsync();
        var payment = await StartAsync(parent, reference);

        var back = await ChooseAsync(payment, choice);
        using var returned = await parent.GetAsync(back.PathAndQuery);
        var page = await parent.PageAsync(returned.RedirectPath()!);

        Assert.Equal(PaymentsModule.ReturnPath(payment.Id), back.AbsolutePath);
        Assert.Contains($"Paiement en ligne : {state}", page, StringComparison.Ordinal);
        Assert.Contains(message, page, StringComparison.Ordinal);
        Assert.Equal((0, 1), (await AuditCountAsync(TestDebts.PaidSubject(reference)), await AuditCountAsync(TestDebts.ReleasedSubject(reference))));
        Assert.Empty(await TicketsAsync(payment));
    }

    [Fact]
    public async Task A_notification_for_an_idOp_the_portal_never_issued_is_answered_without_changing_anything()
    {
        var (parent, reference, _) = await ParentOwingAsync();
        var payment = await StartAsync(parent, reference);

        var unknown = await NotifyAsync(Guid.NewGuid().ToString());
        var empty = await NotifyAsync(string.Empty);

        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.OK), (unknown, empty));
        Assert.Equal(PaymentState.Pending, await StateAsync(payment));
    }

    [Fact]
    public async Task Clicking_twice_sends_the_parent_to_the_same_PayFiP_operation_rather_than_opening_a_second()
    {
        var (parent, reference, _) = await ParentOwingAsync();

        var first = await StartAsync(parent, reference);
        var second = await StartAsync(parent, reference);

        Assert.Equal(first.Id, second.Id);
        await using var scope = portal.Services.CreateAsyncScope();
        Assert.Equal(1, await scope.ServiceProvider.GetRequiredService<AppDbContext>().PaymentOperations.CountAsync(p => p.PurposeReference == reference));
    }

    [Fact]
    public async Task A_separated_parent_reaches_neither_the_other_parent_payment_nor_their_debt()
    {
        var family = await portal.CreateFamilyAsync(responsables: 2, separated: true);
        var payer = PortalClient.For(portal);
        await payer.SignInAsync(family.UserNames[0], TestFamily.Password);
        var other = PortalClient.For(portal);
        await other.SignInAsync(family.UserNames[1], TestFamily.Password);
        var reference = TestDebts.Owe(await FamilyIdAsync(family));
        var payment = await StartAsync(payer, reference);

        using var page = await other.GetAsync(PaymentsModule.PaymentPath(payment.Id));
        using var returned = await other.GetAsync(PaymentsModule.ReturnPath(payment.Id));
        using var stranger = await PostStartAsync(PortalClient.For(portal), TestDebts.Owe(-1), signIn: family.UserNames[1]);

        Assert.Equal((HttpStatusCode.NotFound, HttpStatusCode.NotFound, HttpStatusCode.NotFound), (page.StatusCode, returned.StatusCode, stranger.StatusCode));
    }

    [Fact]
    public async Task Starting_a_payment_without_the_antiforgery_token_is_refused_while_PayFiP_notifies_without_one()
    {
        var (parent, reference, _) = await ParentOwingAsync();

        using var forged = await parent.Http.PostAsync(new Uri(PaymentsModule.StartPath, UriKind.Relative), new FormUrlEncodedContent([new("kind", "essai"), new("reference", reference)]));

        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
        Assert.Equal(HttpStatusCode.OK, await NotifyAsync("inconnu"));
    }

    private async Task<(PortalClient Parent, string Reference, (string First, string Second) Emails)> ParentOwingAsync(string[]? emails = null)
    {
        var family = await portal.CreateFamilyAsync();
        var id = Guid.NewGuid().ToString("N")[..8];
        var addresses = (emails ?? ["parent.{0}@test.example", "autre.{0}@test.example"]).Select(e => string.Format(System.Globalization.CultureInfo.InvariantCulture, e, id)).ToArray();
        await using (var scope = portal.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            var user = await db.Users.SingleAsync(u => u.UserName == family.UserName);
            user.Email = string.Join(';', addresses);
            await db.SaveChangesAsync();
        }

        var parent = PortalClient.For(portal);
        await parent.SignInAsync(family.UserName, TestFamily.Password);
        return (parent, TestDebts.Owe(await FamilyIdAsync(family)), (addresses[0], addresses[1]));
    }

    private async Task<int> FamilyIdAsync(TestFamily family)
    {
        await using var scope = portal.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<AppDbContext>().Families.Where(f => f.Reference == family.Reference).Select(f => f.Id).SingleAsync();
    }

    private static async Task<HttpResponseMessage> PostStartAsync(PortalClient parent, string reference, string? signIn = null)
    {
        if (signIn is not null)
        {
            await parent.SignInAsync(signIn, TestFamily.Password);
        }

        var token = PortalClient.TokenOf(await parent.PageAsync("/contact"));
        return await parent.Http.PostAsync(new Uri(PaymentsModule.StartPath, UriKind.Relative),
            new FormUrlEncodedContent([new("kind", "essai"), new("reference", reference), new("__RequestVerificationToken", token)]));
    }

    /// <summary>
    /// "Payer en ligne": the portal sends the parent to the simulator's page, which shows the amount and the object; a node
    /// then runs the first step of the payment's workflow, as the background scheduler would at once.
    /// </summary>
    private async Task<PaymentOperation> StartAsync(PortalClient parent, string reference)
    {
        using var response = await PostStartAsync(parent, reference);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var payfipPage = response.Headers.Location!;
        Assert.StartsWith($"{RequiredService.PayFip}/tpa/paiementws.web?idop=", payfipPage.AbsoluteUri, StringComparison.Ordinal);
        var html = await PayFipSteps.PageAsync(payfipPage);
        Assert.Contains(TestDebts.Amount, html, StringComparison.Ordinal);
        Assert.Contains("Cantine de novembre", html, StringComparison.Ordinal);
        await portal.RunSchedulerAsync();
        await using var scope = portal.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<AppDbContext>().PaymentOperations.AsNoTracking().SingleAsync(p => p.PurposeReference == reference);
    }

    private static Task<Uri> ChooseAsync(PaymentOperation payment, string choice) => PayFipSteps.ChooseAsync(payment.IdOp!, choice);

    private Task<HttpStatusCode> NotifyAsync(string idOp) => PayFipSteps.NotifyAsync(portal, idOp);

    private async Task<PaymentState> StateAsync(PaymentOperation payment)
    {
        await using var scope = portal.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<AppDbContext>().PaymentOperations.Where(p => p.Id == payment.Id).Select(p => p.State).SingleAsync();
    }

    private async Task<int> AuditCountAsync(string subject)
    {
        await using var scope = portal.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<AppDbContext>().AuditEntries.CountAsync(a => a.Subject == subject);
    }

    /// <summary>The addresses the payment's ticket was queued for (the outbox, whatever maildev has caught yet).</summary>
    private async Task<List<string>> TicketsAsync(PaymentOperation payment)
    {
        await using var scope = portal.Services.CreateAsyncScope();
        var id = payment.IdOp!;
        return await scope.ServiceProvider.GetRequiredService<AppDbContext>().Outbox.Where(m => m.Subject.StartsWith(PaymentTicket.Subject) && m.TextBody.Contains(id)).Select(m => m.To).ToListAsync();
    }
}
