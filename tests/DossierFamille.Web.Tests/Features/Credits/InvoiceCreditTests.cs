using System.Net;
using DossierFamille.Web.Data;
using DossierFamille.Web.Features.Accounts;
using DossierFamille.Web.Features.Credits;
using DossierFamille.Web.Features.Invoicing;
using DossierFamille.Web.Features.Invoicing.Gestion;
using DossierFamille.Web.Features.Payments;
using DossierFamille.Web.Tests.Features.Payments;
using DossierFamille.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static DossierFamille.Web.Tests.Features.Invoicing.InvoicingSteps;
using static DossierFamille.Web.Tests.Features.Invoicing.MairieSteps;
using static DossierFamille.Web.Tests.Features.Reservations.ReservationSteps;

namespace DossierFamille.Web.Tests.Features.Credits;

/// <summary>The trop payé of invoices (PostgreSQL, PayFiP simulator): what an invoice's payments exceed of what it asks becomes the paying account's, on the invoice's service.</summary>
public sealed class InvoiceCreditTests(PaymentsPortal portal) : IClassFixture<PaymentsPortal>
{
    [Fact]
    public async Task An_online_payment_landing_after_a_mairie_payment_and_a_credit_note_on_the_paid_invoice_become_trop_paye_once()
    {
        var (family, _, school, invoice) = await InvoicedAsync(portal, new DateOnly(2030, 4, 1));
        var mother = await SignedInAsync(portal, family.UserNames[0]);
        var (gestion, _) = await portal.SignedInStaffAsync(Roles.Gestionnaire);

        // The mother starts paying the whole 6,10 € online; meanwhile 2,00 € are paid in cash at the mairie.
        var token = PortalClient.TokenOf(await mother.PageAsync(InvoicingModule.ParentPath));
        using var started = await mother.Http.PostAsync(new Uri(PaymentsModule.StartPath, UriKind.Relative),
            new FormUrlEncodedContent([new("kind", InvoicePaymentPurpose.PurposeKind), new("reference", $"{invoice.Id}"), new("__RequestVerificationToken", token)]));
        var idOp = Uri.UnescapeDataString(started.Headers.Location!.Query.Split('=')[1]);
        using (var cash = await gestion.SubmitAsync(InvoicingGestion.InvoicePath(invoice.Id), "reglement", Payment("2,00", "Especes", Iso(Today(portal)))))
        {
            Assert.Equal(HttpStatusCode.Redirect, cash.StatusCode);
        }

        await PayFipSteps.ChooseAsync(idOp, "payer-sans-notifier");
        Assert.Equal(HttpStatusCode.OK, await PayFipSteps.NotifyAsync(portal, idOp));
        Assert.Equal(HttpStatusCode.OK, await PayFipSteps.NotifyAsync(portal, idOp));
        var overpaid = await MovementsAsync(invoice);

        // Then a credit note of 1,00 € on the invoice, paid already: given back too.
        await using (var scope = portal.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<CreditNotes>().IssueAsync(invoice.Id, 1.00m, "Repas non servi", "gestionnaire", Guid.NewGuid(), CancellationToken.None);
        }

        var movements = await MovementsAsync(invoice);
        var paiement = Text(await mother.PageAsync("/paiement-et-solde"));

        var first = Assert.Single(overpaid);
        Assert.Equal((CreditMovementKind.OverpaidInvoice, 2.00m, school.StructureId, invoice.UserId), (first.Kind, first.Amount, first.StructureId, first.UserId));
        Assert.Equal($"Facture {invoice.Number} payée au-delà de son montant", first.Label);
        Assert.Equal([CreditMovementKind.OverpaidInvoice, CreditMovementKind.CreditNoteOnPaidInvoice], movements.Select(m => m.Kind));
        Assert.Equal(3.00m, movements.Sum(m => m.Amount));
        Assert.NotNull(movements[1].CreditNoteId);
        Assert.Matches("Service Trop payé École [0-9a-f]+ 3,00 €", paiement);
    }

    [Fact]
    public async Task An_online_payment_and_a_mairie_payment_of_one_invoice_at_the_same_instant_credit_the_excess_exactly_once()
    {
        for (var round = 0; round < 3; round++)
        {
            var (family, _, _, invoice) = await InvoicedAsync(portal, new DateOnly(2033, 1 + round, 1));
            var mother = await SignedInAsync(portal, family.UserNames[0]);
            var token = PortalClient.TokenOf(await mother.PageAsync(InvoicingModule.ParentPath));
            using var started = await mother.Http.PostAsync(new Uri(PaymentsModule.StartPath, UriKind.Relative),
                new FormUrlEncodedContent([new("kind", InvoicePaymentPurpose.PurposeKind), new("reference", $"{invoice.Id}"), new("__RequestVerificationToken", token)]));
            var idOp = Uri.UnescapeDataString(started.Headers.Location!.Query.Split('=')[1]);
            await PayFipSteps.ChooseAsync(idOp, "payer-sans-notifier");

            // PayFiP's notification of the whole 6,10 € and 2,00 € in cash at the mairie, at once.
            using var gate = new Barrier(2);
            var online = Task.Run(async () =>
            {
                gate.SignalAndWait();
                Assert.Equal(HttpStatusCode.OK, await PayFipSteps.NotifyAsync(portal, idOp));
            });
            var cash = Task.Run(async () =>
            {
                gate.SignalAndWait();
                await using var scope = portal.Services.CreateAsyncScope();
                return await scope.ServiceProvider.GetRequiredService<MairiePayments>().RecordAsync(invoice.Id,
                    new MairiePaymentInput { Amount = "2,00", Mode = InvoicePaymentMode.Especes, PaidOn = Today(portal), Key = Guid.NewGuid() }, "Agent de test", CancellationToken.None);
            });
            await Task.WhenAll(online, cash);

            var paid = await QueryAsync(portal, db => db.InvoicePayments.Where(p => p.InvoiceId == invoice.Id).Select(p => p.Amount).ToListAsync());
            var credited = (await MovementsAsync(invoice)).Sum(m => m.Amount);
            Assert.Contains(6.10m, paid);
            Assert.Equal(paid.Sum() - invoice.Total, credited);
            Assert.True((await cash).Count == 0 || paid.Count == 1, "the mairie payment is either recorded or refused as already paid");
        }
    }

    private async Task<List<CreditMovement>> MovementsAsync(Invoice invoice)
    {
        await using var scope = portal.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<AppDbContext>().CreditMovements.AsNoTracking().Where(m => m.InvoiceId == invoice.Id).OrderBy(m => m.Id).ToListAsync();
    }
}
