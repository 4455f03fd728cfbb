using DossierFamille.Web.Data;
using DossierFamille.Web.Features.Accounts;
using DossierFamille.Web.Features.Credits;
using DossierFamille.Web.Features.Invoicing;
using DossierFamille.Web.Features.Invoicing.Gestion;
using DossierFamille.Web.Features.Reservations;
using DossierFamille.Web.Features.Reservations.PayAtBooking;
using DossierFamille.Web.Features.Wallets;
using DossierFamille.Web.Tests.Features.Reservations;
using DossierFamille.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static DossierFamille.Web.Tests.Features.Invoicing.InvoicingSteps;
using static DossierFamille.Web.Tests.Features.Invoicing.MairieSteps;
using static DossierFamille.Web.Tests.Features.Reservations.ReservationSteps;

namespace DossierFamille.Web.Tests.Features.Credits;

/// <summary>
/// The trop payé deducted on monthly invoices (PostgreSQL): an invoice of month M paid at the mairie, then corrected by a
/// credit note, leaves a trop payé on its service; the run of M+1 deducts it from the next invoice, under the account and
/// service's lock, once.
/// </summary>
public sealed class InvoiceTropPayeTests(ClockedPostgreSqlPortal portal) : IClassFixture<ClockedPostgreSqlPortal>
{
    [Fact]
    public async Task The_next_months_invoice_deducts_part_of_itself_from_the_trop_paye_and_says_so_on_its_pdf_its_email_and_the_pages()
    {
        var (family, child, school, _) = await TropPayeAsync(new DateOnly(2031, 2, 1), 2.00m);
        var next = new DateOnly(2031, 3, 1);
        await BookAsync(portal, family.UserNames[0], child, school.Restauration, next.AddDays(3), 3.05m);
        await BookAsync(portal, family.UserNames[0], child, school.Restauration, next.AddDays(4), 3.05m);

        await RunAsync(next);

        var issued = (await InvoicesAsync(portal, family.UserNames[0])).Single(i => i.Month == next);
        var (payments, uses, balance) = await CreditsAsync(issued);
        var payment = Assert.Single(payments);
        Assert.Equal((InvoicePaymentMode.TropPaye, 2.00m, (string?)null), (payment.Mode, payment.Amount, payment.RecordedBy));
        var use = Assert.Single(uses);
        Assert.Equal((CreditMovementKind.UsedOnInvoice, -2.00m, school.StructureId, $"Déduit de la facture {issued.Number}"), (use.Kind, use.Amount, use.StructureId, use.Label));
        Assert.Equal(0m, balance);
        Assert.Null(issued.PaidAt);

        var pdf = await PdfTextAsync(portal, issued);
        Assert.Contains("Total à payer : 6,10 €", pdf, StringComparison.Ordinal);
        Assert.Contains("Déduit de votre trop payé : -2,00 €", pdf, StringComparison.Ordinal);
        Assert.Contains("Reste à payer : 4,10 €", pdf, StringComparison.Ordinal);
        Assert.Contains($"À régler avant le {InvoiceMails.Date(issued.DueDate)}", pdf, StringComparison.Ordinal);
        var email = Assert.Single(await Maildev.WaitForAsync(family.Emails[0], e => e.Subject == InvoiceMails.IssuedSubject && e.Text!.Contains(issued.Number, StringComparison.Ordinal)));
        Assert.Contains($"2,00 € ont été déduits de votre trop payé. Il reste 4,10 € à régler avant le {InvoiceMails.Date(issued.DueDate)}", email.Text, StringComparison.Ordinal);

        var mother = await SignedInAsync(portal, family.UserNames[0]);
        var invoices = Text(await mother.PageAsync(InvoicingModule.ParentPath));
        Assert.Contains($"Facture {issued.Number} {InvoiceMails.Month(next)} 6,10 € déduit de votre trop payé : -2,00 € reste 4,10 €", invoices, StringComparison.Ordinal);
        Assert.Contains($"Payer en ligne 4,10 € : {issued.Number}", invoices, StringComparison.Ordinal);
        var settlements = Text(await mother.PageAsync("/facturation/reglements"));
        Assert.Contains($"Trop payé Déduit de la facture {issued.Number} 2,00 €", settlements, StringComparison.Ordinal);
        var (gestion, _) = await portal.SignedInStaffAsync(Roles.Gestionnaire);
        var staff = Text(await gestion.PageAsync(InvoicingGestion.InvoicePath(issued.Id)));
        Assert.Contains("réglé 2,00 €, dont 2,00 € déduits du trop payé", staff, StringComparison.Ordinal);
        Assert.Contains($"{InvoiceMails.Date(issued.IssueDate)} Trop payé 2,00 € déduit à l'émission", staff, StringComparison.Ordinal);
        Assert.Contains("Reste à payer 4,10 €", staff, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_invoice_the_trop_paye_covers_whole_is_paid_at_issue_and_nothing_is_offered_to_pay()
    {
        var (family, child, school, _) = await TropPayeAsync(new DateOnly(2031, 5, 1), 6.10m);
        var next = new DateOnly(2031, 6, 1);
        await BookAsync(portal, family.UserNames[0], child, school.Restauration, next.AddDays(2), 3.05m);

        await RunAsync(next);

        var issued = (await InvoicesAsync(portal, family.UserNames[0])).Single(i => i.Month == next);
        var (payments, uses, balance) = await CreditsAsync(issued);
        Assert.Equal(3.05m, Assert.Single(payments).Amount);
        Assert.Equal(-3.05m, Assert.Single(uses).Amount);
        Assert.Equal(3.05m, balance);
        Assert.NotNull(issued.PaidAt);

        var pdf = await PdfTextAsync(portal, issued);
        Assert.Contains("Déduit de votre trop payé : -3,05 €", pdf, StringComparison.Ordinal);
        Assert.Contains("Reste à payer : 0,00 €", pdf, StringComparison.Ordinal);
        Assert.Contains("Cette facture est réglée par votre trop payé : vous n'avez rien à payer.", pdf, StringComparison.Ordinal);
        Assert.DoesNotContain("À régler avant le", pdf, StringComparison.Ordinal);
        var email = Assert.Single(await Maildev.WaitForAsync(family.Emails[0], e => e.Subject == InvoiceMails.IssuedSubject && e.Text!.Contains(issued.Number, StringComparison.Ordinal)));
        Assert.Contains("Elle est réglée par votre trop payé (3,05 € déduits) : vous n'avez rien à payer.", email.Text, StringComparison.Ordinal);

        var mother = await SignedInAsync(portal, family.UserNames[0]);
        var invoices = Text(await mother.PageAsync(InvoicingModule.ParentPath));
        Assert.Contains($"Facture {issued.Number} {InvoiceMails.Month(next)} 3,05 € déduit de votre trop payé : -3,05 € {InvoiceMails.Date(issued.DueDate)} Payée", invoices, StringComparison.Ordinal);
        Assert.DoesNotContain($"Payer en ligne 3,05 € : {issued.Number}", invoices, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Two_runs_at_once_deduct_the_trop_paye_once()
    {
        var (family, child, school, _) = await TropPayeAsync(new DateOnly(2031, 8, 1), 2.00m);
        var next = new DateOnly(2031, 9, 1);
        await BookAsync(portal, family.UserNames[0], child, school.Restauration, next.AddDays(3), 3.05m);

        await Task.WhenAll(RunAsync(next), RunAsync(next));

        var issued = (await InvoicesAsync(portal, family.UserNames[0])).Single(i => i.Month == next);
        var (payments, uses, balance) = await CreditsAsync(issued);
        Assert.Equal(2.00m, Assert.Single(payments).Amount);
        Assert.Equal(-2.00m, Assert.Single(uses).Amount);
        Assert.Equal(0m, balance);
    }

    [Fact]
    public async Task The_trop_paye_used_in_the_cart_while_the_run_deducts_it_is_never_spent_beyond_its_balance()
    {
        for (var attempt = 0; attempt < 3; attempt++)
        {
            var month = new DateOnly(2032, 1 + (2 * attempt), 1);
            var (family, child, school, invoice) = await TropPayeAsync(month, 2.00m);
            var next = month.AddMonths(1);
            await BookAsync(portal, family.UserNames[0], child, school.Restauration, next.AddDays(3), 3.05m);
            var key = new WalletKey(invoice.FamilyId, invoice.UserId, school.StructureId);

            // The validation's "Utiliser trop payé" (its lock, then the use, held a moment as the PayFiP call holds it) and the run, at once.
            var cart = UseAtBookingAsync(key, child, school.ApsMatin);
            await Task.WhenAll(cart, RunAsync(next));

            var issued = (await InvoicesAsync(portal, family.UserNames[0])).Single(i => i.Month == next);
            var (payments, _, balance) = await CreditsAsync(issued);
            var used = await QueryAsync(portal, db => db.CreditMovements.Where(m => m.UserId == invoice.UserId && m.Amount < 0).Select(m => m.Amount).ToListAsync());
            Assert.Equal(-2.00m, used.Sum());
            Assert.Equal(0m, balance);
            Assert.Equal(2.00m, await cart + payments.Sum(p => p.Amount));
        }
    }

    /// <summary>An invoice of <paramref name="month"/> (6,10 €) paid at the mairie, then a credit note of <paramref name="tropPaye"/> on it: that much trop payé on its service.</summary>
    private async Task<(TestFamily Family, int Child, BookingSchool School, Invoice Invoice)> TropPayeAsync(DateOnly month, decimal tropPaye)
    {
        var invoiced = await InvoicedAsync(portal, month);
        await using var scope = portal.Services.CreateAsyncScope();
        var errors = await scope.ServiceProvider.GetRequiredService<MairiePayments>().RecordAsync(invoiced.Invoice.Id,
            new MairiePaymentInput { Amount = "6,10", Mode = InvoicePaymentMode.Especes, PaidOn = Today(portal), Key = Guid.NewGuid() }, "Agent de test", CancellationToken.None);
        Assert.Empty(errors);
        await scope.ServiceProvider.GetRequiredService<CreditNotes>().IssueAsync(invoiced.Invoice.Id, tropPaye, "Repas non servi", "Agent de test", Guid.NewGuid(), CancellationToken.None);
        return invoiced;
    }

    private async Task RunAsync(DateOnly month)
    {
        await using var scope = portal.Services.CreateAsyncScope();
        Assert.True((await scope.ServiceProvider.GetRequiredService<MonthlyInvoicing>().RunAsync(month, null, TimeSpan.FromMinutes(5), CancellationToken.None)).Finished);
    }

    /// <summary>What the validation of a day of 3,30 € paid at booking does with "Utiliser trop payé" ticked; returns what the trop payé paid.</summary>
    private async Task<decimal> UseAtBookingAsync(WalletKey key, int child, int activity)
    {
        await using var scope = portal.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var hold = new BookingHold { Id = -1, FamilyId = key.FamilyId, UserId = key.UserId, Objet = "Réservations APS MATIN", Amount = 3.30m };
        var day = new Booking { FamilyId = key.FamilyId, ChildId = child, ActivityId = activity, UserId = key.UserId, Price = 3.30m };
        await scope.ServiceProvider.GetRequiredService<WalletLocks>().EnsureAsync([key], CancellationToken.None);
        var paid = 0m;
        await db.InTransactionAsync(async () =>
        {
            db.ChangeTracker.Clear();
            await scope.ServiceProvider.GetRequiredService<WalletLocks>().LockAsync([key], CancellationToken.None);
            paid = await scope.ServiceProvider.GetRequiredService<BookingCredits>().UseAtBookingAsync(hold, [day], [key.StructureId], portal.Clock.GetUtcNow(), CancellationToken.None);
            await Task.Delay(100);
            await db.SaveChangesAsync();
        }, CancellationToken.None);
        return paid;
    }

    /// <summary>The invoice's payments, the ledger's uses naming it, and what the account's trop payé holds now.</summary>
    private Task<(List<InvoicePayment> Payments, List<CreditMovement> Uses, decimal Balance)> CreditsAsync(Invoice invoice) => QueryAsync(portal, async db =>
    (
        await db.InvoicePayments.AsNoTracking().Where(p => p.InvoiceId == invoice.Id).ToListAsync(),
        await db.CreditMovements.AsNoTracking().Where(m => m.InvoiceId == invoice.Id && m.Kind == CreditMovementKind.UsedOnInvoice).ToListAsync(),
        (await db.CreditMovements.AsNoTracking().Where(m => m.UserId == invoice.UserId).Select(m => m.Amount).ToListAsync()).Sum()));
}
