using System.Net;
using System.Text.RegularExpressions;
using DossierFamille.Testing;
using DossierFamille.Web.Data;
using DossierFamille.Web.Features.Billing;
using DossierFamille.Web.Features.Payments;
using DossierFamille.Web.Features.Reservations;
using DossierFamille.Web.Features.Reservations.Gestion;
using DossierFamille.Web.Features.Wallets;
using DossierFamille.Web.Tests.Features.Billing;
using DossierFamille.Web.Tests.Features.Payments;
using DossierFamille.Web.Tests.Features.Reservations;
using DossierFamille.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static DossierFamille.Web.Tests.Features.Reservations.ReservationSteps;

namespace DossierFamille.Web.Tests.Features.Wallets;

/// <summary>
/// Porte-monnaie (PostgreSQL, PayFiP simulator): topped up by card once however often PayFiP notifies, debited when a
/// booking is accepted (at once or by the nightly processing), credited back when it is cancelled in time or refused by
/// the mairie, and, when the commune says so, bookings beyond the balance are refused, also when validations race.
/// </summary>
public sealed partial class WalletTests(PaymentsPortal portal) : IClassFixture<PaymentsPortal>
{
    [Fact]
    public async Task A_top_up_paid_on_PayFiP_credits_the_wallet_once_however_often_PayFiP_notifies_and_mails_the_ticket()
    {
        var school = await WalletSchoolAsync(BookingProcessingMode.Immediate, refuseBeyondBalance: false);
        var (family, parent, _) = await ParentAsync(school, "Léa");
        var empty = Text(await parent.PageAsync(WalletsModule.ParentPath));

        var page = await TopUpAsync(parent, school, "20");
        var payfip = await PayFipSteps.PageAsync(page);
        var idOp = IdOp(page);
        await PayFipSteps.ChooseAsync(idOp, "payer-sans-notifier");
        var answers = await Task.WhenAll(Enumerable.Range(0, 3).Select(_ => PayFipSteps.NotifyAsync(portal, idOp)));
        var wallet = Text(await parent.PageAsync(WalletsModule.ParentPath));

        Assert.Contains("Solde Coût estimé Montant des réservations", empty, StringComparison.Ordinal);
        Assert.Contains("Aucun mouvement pour le moment.", empty, StringComparison.Ordinal);
        Assert.Contains("20,00 €", payfip, StringComparison.Ordinal);
        Assert.All(answers, status => Assert.Equal(HttpStatusCode.OK, status));
        Assert.Contains("Solde : 20,00 €", wallet, StringComparison.Ordinal);
        Assert.Contains("Rechargement par carte bancaire", wallet, StringComparison.Ordinal);
        Assert.Equal(20m, (await MovementsAsync(family)).Single().Amount);
        var ticket = Assert.Single(await Maildev.WaitForAsync(family.Emails[0], e => e.Text?.Contains(idOp, StringComparison.Ordinal) == true));
        Assert.Equal($"{PaymentTicket.Subject} : 20,00 €", ticket.Subject);
        Assert.Contains("Porte-monnaie", ticket.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_wrong_amount_is_shown_under_its_field_and_nothing_is_paid()
    {
        var school = await WalletSchoolAsync(BookingProcessingMode.Immediate, refuseBeyondBalance: false);
        var (_, parent, _) = await ParentAsync(school, "Noé");

        var back = await PostTopUpAsync(parent, school, "2,5");
        var page = await parent.PageAsync(back);

        Assert.StartsWith(WalletsModule.ParentPath, back, StringComparison.Ordinal);
        Assert.Contains($"id=\"montant-{school.StructureId}-erreur\"", page, StringComparison.Ordinal);
        Assert.Contains("Le montant d'un rechargement va de 5,00 € à 500,00 €.", WebUtility.HtmlDecode(page), StringComparison.Ordinal);
        Assert.Contains("aria-invalid=\"true\"", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_accepted_booking_is_debited_and_its_cancellation_in_time_credits_it_back()
    {
        var school = await WalletSchoolAsync(BookingProcessingMode.Immediate, refuseBeyondBalance: false);
        var (family, parent, child) = await ParentAsync(school, "Hugo");
        await CreditAsync(family, school, 20m);
        var day = Monday(portal, 2).AddDays(1);

        await TickAsync(parent, child, school.ApsMatin, [day]);
        await ValidateCartAsync(parent);
        var booked = Text(await parent.PageAsync(WalletsModule.ParentPath));
        await TickAsync(parent, child, school.ApsMatin, [], [day]);
        await ValidateCartAsync(parent);
        var cancelled = Text(await parent.PageAsync(WalletsModule.ParentPath));

        Assert.Contains("Solde : 16,70 €", booked, StringComparison.Ordinal);
        Assert.Contains($"Réservation APS MATIN – Hugo – {BookingFormat.Short(day)} -3,30 €", booked, StringComparison.Ordinal);
        Assert.Contains($"{school.Name} 16,70 € 0,00 € 3,30 €", booked, StringComparison.Ordinal);
        Assert.Contains("Solde : 20,00 €", cancelled, StringComparison.Ordinal);
        Assert.Contains($"Annulation APS MATIN – Hugo – {BookingFormat.Short(day)} +3,30 €", cancelled, StringComparison.Ordinal);
        Assert.Equal([20m, -3.30m, 3.30m], (await MovementsAsync(family)).Select(m => m.Amount));
    }

    [Fact]
    public async Task The_nightly_processing_debits_what_was_an_estimated_cost_and_a_day_closed_by_the_mairie_is_credited_back()
    {
        var school = await WalletSchoolAsync(BookingProcessingMode.Nightly, refuseBeyondBalance: false);
        var (family, parent, child) = await ParentAsync(school, "Inès");
        await CreditAsync(family, school, 10m);
        var day = Monday(portal, 2).AddDays(3);

        await TickAsync(parent, child, school.ApsMatin, [day]);
        await ValidateCartAsync(parent);
        var pending = Text(await parent.PageAsync(WalletsModule.ParentPath));
        await ProcessAsync(school.ApsMatin, day);
        var accepted = Text(await parent.PageAsync(WalletsModule.ParentPath));
        await using (var scope = portal.Services.CreateAsyncScope())
        {
            Assert.Null(await scope.ServiceProvider.GetRequiredService<DayActions>().CloseAsync(school.ApsMatin, day, "Grève", "Gestionnaire de test", CancellationToken.None));
        }

        var closed = Text(await parent.PageAsync(WalletsModule.ParentPath));

        Assert.Contains($"{school.Name} 10,00 € 3,30 € 0,00 €", pending, StringComparison.Ordinal);
        Assert.Contains($"{school.Name} 6,70 € 0,00 € 3,30 €", accepted, StringComparison.Ordinal);
        Assert.Contains($"{school.Name} 10,00 € 0,00 € 0,00 €", closed, StringComparison.Ordinal);
        Assert.Contains($"Réservation refusée APS MATIN – Inès – {BookingFormat.Short(day)} +3,30 €", closed, StringComparison.Ordinal);
    }

    [Fact]
    public async Task When_the_commune_refuses_beyond_the_balance_the_days_the_wallet_cannot_pay_are_refused_with_the_reason()
    {
        var school = await WalletSchoolAsync(BookingProcessingMode.Nightly, refuseBeyondBalance: true);
        var (family, parent, child) = await ParentAsync(school, "Zoé");
        await CreditAsync(family, school, 5m);
        var first = Monday(portal, 2);

        await TickAsync(parent, child, school.ApsMatin, [first, first.AddDays(1)]);
        var cart = WebUtility.HtmlDecode(Text(await parent.PageAsync("/reservations/panier")));
        var submission = Text(await ValidateCartAsync(parent));
        await TickAsync(parent, child, school.ApsMatin, [first.AddDays(3)]);
        var second = Text(await ValidateCartAsync(parent));

        // The cart warns before the validation refuses.
        Assert.Contains($"Solde insuffisant sur votre porte-monnaie « {school.Name} » : il reste 5,00 € disponible(s) et les réservations du panier pour ce service coûtent 6,60 €.", cart, StringComparison.Ordinal);
        Assert.Contains("Solde insuffisant sur votre porte-monnaie", submission, StringComparison.Ordinal);
        Assert.Contains("il reste 1,70 € disponible(s) et ce jour coûte 3,30 €", submission, StringComparison.Ordinal);
        Assert.Contains("il reste 1,70 € disponible(s)", second, StringComparison.Ordinal);
        Assert.Single(await BookingsAsync(portal, child), b => b.IsActive);
    }

    [Fact]
    public async Task Validations_racing_on_one_wallet_never_book_more_than_its_balance()
    {
        var school = await WalletSchoolAsync(BookingProcessingMode.Immediate, refuseBeyondBalance: true);
        var (family, parent, child) = await ParentAsync(school, "Emma");
        var secondChild = await AddChildAsync(portal, family, school, "Jules");
        await CreditAsync(family, school, 7m);
        var monday = Monday(portal, 3);
        List<DateOnly> days = [monday, monday.AddDays(1), monday.AddDays(3)];
        await TickAsync(parent, child, school.ApsMatin, days);
        await TickAsync(parent, secondChild, school.ApsMatin, days);
        var (familyId, userId) = await AccountAsync(family);

        await Task.WhenAll(Enumerable.Range(0, 4).Select(async _ =>
        {
            await using var scope = portal.Services.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<BookingValidation>().SubmitAsync(familyId, userId, Guid.NewGuid(), [], CancellationToken.None);
        }));

        var booked = (await BookingsAsync(portal, child)).Concat(await BookingsAsync(portal, secondChild)).Where(b => b.State == BookingState.Acceptee).ToList();
        var movements = await MovementsAsync(family);
        Assert.Equal(2, booked.Count);
        Assert.Equal(7m - 6.60m, movements.Sum(m => m.Amount));
        Assert.Equal(2, movements.Count(m => m.Kind == WalletMovementKind.Debit));
    }

    /// <summary>A school whose APS MATIN (3,30 € a day without QF) is paid by porte-monnaie; the commune's refusal setting as given.</summary>
    private async Task<WalletSchool> WalletSchoolAsync(BookingProcessingMode mode, bool refuseBeyondBalance)
    {
        var school = await CreateSchoolAsync(portal);
        await SetProcessingAsync(portal, school.ApsMatin, mode, capacity: 20);
        await BillingSteps.AddTariffAsync(portal, school.ApsMatin);
        await using var scope = portal.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        db.ActivityBillings.Add(new ActivityBilling { ActivityId = school.ApsMatin, PaymentMode = PaymentMode.Wallet });
        (await db.BillingSettings.SingleAsync()).RefuseBeyondWalletBalance = refuseBeyondBalance;
        await db.SaveChangesAsync();
        var name = await db.Structures.Where(s => s.Id == school.StructureId).Select(s => s.Name).SingleAsync();
        return new WalletSchool(school, name);
    }

    private async Task<(TestFamily Family, PortalClient Parent, int Child)> ParentAsync(WalletSchool school, string childName)
    {
        var family = await portal.CreateFamilyAsync();
        var child = await AddChildAsync(portal, family, school, childName);
        var parent = PortalClient.For(portal);
        await parent.SignInAsync(family.UserName, TestFamily.Password);
        return (family, parent, child);
    }

    /// <summary>A paid top-up, as the payments core would have recorded it.</summary>
    private async Task CreditAsync(TestFamily family, WalletSchool school, decimal amount)
    {
        var (familyId, userId) = await AccountAsync(family);
        await using var scope = portal.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        db.WalletMovements.Add(new WalletMovement
        {
            FamilyId = familyId, UserId = userId, StructureId = school.StructureId, Kind = WalletMovementKind.TopUp, Amount = amount,
            Label = "Rechargement par carte bancaire", CreatedAt = portal.Clock.GetUtcNow(),
        });
        await db.SaveChangesAsync();
    }

    private async Task<(int FamilyId, string UserId)> AccountAsync(TestFamily family)
    {
        await using var scope = portal.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var user = await db.Users.SingleAsync(u => u.UserName == family.UserName);
        var familyId = await db.Families.Where(f => f.Reference == family.Reference).Select(f => f.Id).SingleAsync();
        return (familyId, user.Id);
    }

    private async Task<List<WalletMovement>> MovementsAsync(TestFamily family)
    {
        var (familyId, userId) = await AccountAsync(family);
        await using var scope = portal.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<AppDbContext>().WalletMovements.AsNoTracking()
            .Where(m => m.FamilyId == familyId && m.UserId == userId).OrderBy(m => m.Id).ToListAsync();
    }

    /// <summary>The nightly run's processing of one day (the same processor, under the same locks).</summary>
    private async Task ProcessAsync(int activityId, DateOnly day)
    {
        await using var scope = portal.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var key = new ActivityDayKey(activityId, day);
        await scope.ServiceProvider.GetRequiredService<ActivityDayLocks>().EnsureAsync([key], CancellationToken.None);
        await db.InTransactionAsync(() => scope.ServiceProvider.GetRequiredService<BookingProcessor>().ProcessAsync([key], CancellationToken.None), CancellationToken.None);
    }

    private static async Task<Uri> TopUpAsync(PortalClient parent, WalletSchool school, string amount)
    {
        var html = await parent.PageAsync(WalletsModule.ParentPath);
        using var response = await parent.Http.PostAsync(new Uri(WalletsModule.TopUpPath, UriKind.Relative), TopUpForm(html, school, amount));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var page = response.Headers.Location!;
        Assert.StartsWith($"{RequiredService.PayFip}/tpa/paiementws.web?idop=", page.AbsoluteUri, StringComparison.Ordinal);
        return page;
    }

    private static async Task<string> PostTopUpAsync(PortalClient parent, WalletSchool school, string amount)
    {
        var html = await parent.PageAsync(WalletsModule.ParentPath);
        using var response = await parent.Http.PostAsync(new Uri(WalletsModule.TopUpPath, UriKind.Relative), TopUpForm(html, school, amount));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return response.RedirectPath()!;
    }

    private static FormUrlEncodedContent TopUpForm(string html, WalletSchool school, string amount) => new(
    [
        new("service", $"{school.StructureId}"),
        new("cle", $"{Guid.NewGuid()}"),
        new("montant", amount),
        new("__RequestVerificationToken", PortalClient.TokenOf(html)),
    ]);

    private static async Task<string> ValidateCartAsync(PortalClient client)
    {
        var (recap, key) = await RecapAsync(client);
        using var response = await ValidateAsync(client, recap, key);
        return await client.PageAsync(response.RedirectPath()!);
    }

    private static string IdOp(Uri payfipPage) => Uri.UnescapeDataString(payfipPage.Query[(payfipPage.Query.IndexOf('=', StringComparison.Ordinal) + 1)..]);
}

/// <summary>A test school and its name, the service of its porte-monnaie.</summary>
internal sealed record WalletSchool(BookingSchool School, string Name)
{
    public int StructureId => School.StructureId;

    public int ApsMatin => School.ApsMatin;

    public static implicit operator BookingSchool(WalletSchool school) => school.School;
}
