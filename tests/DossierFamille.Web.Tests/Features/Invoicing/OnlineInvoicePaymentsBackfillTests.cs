using System.Globalization;
using DossierFamille.Web.Data;
using DossierFamille.Web.Features.Accounts;
using DossierFamille.Web.Features.Invoicing;
using DossierFamille.Web.Features.Invoicing.Gestion;
using DossierFamille.Web.Features.Payments;
using DossierFamille.Web.Features.Payments.PayFip;
using DossierFamille.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static DossierFamille.Web.Tests.Features.Invoicing.InvoicingSteps;
using static DossierFamille.Web.Tests.Features.Invoicing.MairieSteps;
using static DossierFamille.Web.Tests.Features.Reservations.ReservationSteps;

namespace DossierFamille.Web.Tests.Features.Invoicing;

/// <summary>
/// An invoice paid online before the <c>InvoicePayments</c> table existed has no payment row: at start-up the portal adds
/// it from the PayFiP operation, once, and the gestionnaire's invoice page lists the payment.
/// </summary>
public abstract class OnlineInvoicePaymentsBackfillTests<TPortal>(TPortal portal) : IClassFixture<TPortal>
    where TPortal : PortalFactory, IClockedPortal
{
    [Fact]
    public async Task An_invoice_paid_online_without_its_payment_row_gets_it_once_at_start_up()
    {
        var (_, _, _, invoice) = await InvoicedAsync(portal, new DateOnly(2030, 6, 1));
        var payment = await PaidTheOldWayAsync(invoice);

        await BackfillAsync();
        await BackfillAsync();

        var row = Assert.Single(await QueryAsync(portal, db => db.InvoicePayments.AsNoTracking().Where(p => p.InvoiceId == invoice.Id).ToListAsync()));
        Assert.Equal((InvoicePaymentMode.EnLigne, 6.10m, "654321", (Guid?)payment.Id, Today(portal), (string?)null),
            (row.Mode, row.Amount, row.Reference, row.PaymentOperationId, row.PaidOn, row.RecordedBy));
        Assert.Equal((invoice.FamilyId, invoice.UserId), (row.FamilyId, row.UserId));

        var (gestion, _) = await portal.SignedInStaffAsync(Roles.Gestionnaire);
        var page = Text(await gestion.PageAsync(InvoicingGestion.InvoicePath(invoice.Id)));
        Assert.Contains($"{InvoiceMails.Date(Today(portal))} {InvoicePaymentModes.Label(InvoicePaymentMode.EnLigne)} 654321 6,10 € la famille, en ligne", page, StringComparison.Ordinal);
        Assert.Contains("Reste à payer 0,00 € Payée", page, StringComparison.Ordinal);
    }

    /// <summary>PayFiP said paid and the invoice was marked paid, as the portal recorded it before <c>InvoicePayments</c>: no row.</summary>
    private async Task<PaymentOperation> PaidTheOldWayAsync(Invoice invoice)
    {
        await using var scope = portal.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var now = portal.Clock.GetUtcNow();
        var refdet = InvoicePaymentPurpose.Refdet(invoice.Number);
        var payment = PaymentOperation.Start(invoice.UserId, invoice.FamilyId, new PaymentDebt(invoice.Id.ToString(CultureInfo.InvariantCulture), refdet, $"Facture {invoice.Number}", invoice.Total),
            InvoicePaymentPurpose.PurposeKind, "parent@example.org", now);
        payment.Registered($"idop-{Guid.NewGuid():N}");
        payment.Settle(new PayFipPaymentDetail(payment.IdOp!, 'P', PayFipResult.Paid, payment.AmountCents, refdet, null, null, "654321"), now, now);
        db.PaymentOperations.Add(payment);
        (await db.Invoices.SingleAsync(i => i.Id == invoice.Id)).MarkPaid(now);
        await db.SaveChangesAsync();
        return payment;
    }

    private async Task BackfillAsync()
    {
        await using var scope = portal.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetServices<IDataSeeder>().OfType<OnlineInvoicePaymentsBackfill>().Single().SeedAsync(CancellationToken.None);
    }
}

public sealed class OnlineInvoicePaymentsBackfillTestsOnSqlite(ClockedSqlitePortal portal) : OnlineInvoicePaymentsBackfillTests<ClockedSqlitePortal>(portal);

public sealed class OnlineInvoicePaymentsBackfillTestsOnPostgreSql(ClockedPostgreSqlPortal portal) : OnlineInvoicePaymentsBackfillTests<ClockedPostgreSqlPortal>(portal);
