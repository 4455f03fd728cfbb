using System.Net;
using DossierFamille.Testing;
using DossierFamille.Web.Features.Campaigns;
using DossierFamille.Web.Features.Invoicing;
using DossierFamille.Web.Features.Payments;
using DossierFamille.Web.Tests.Features.Payments;
using DossierFamille.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static DossierFamille.Web.Tests.Features.Invoicing.InvoicingSteps;
using static DossierFamille.Web.Tests.Features.Reservations.ReservationSteps;

namespace DossierFamille.Web.Tests.Features.Invoicing;

/// <summary>The parent's "Facturation": her own invoices, their PDF, sent by email, reminded at the due date, paid online through the PayFiP simulator.</summary>
public sealed class InvoicesPageTests(PaymentsPortal portal) : IClassFixture<PaymentsPortal>
{
    private static readonly HttpClient Simulator = new(new HttpClientHandler { AllowAutoRedirect = false });

    [Fact]
    public async Task A_parent_sees_downloads_and_emails_herself_her_invoice_while_the_separated_other_parent_gets_the_404_page()
    {
        var (family, invoice) = await InvoicedAsync(new DateOnly(2030, 3, 1));
        var mother = await SignedInAsync(family.UserNames[0]);

        var page = Text(await mother.PageAsync(InvoicingModule.ParentPath));
        Assert.Contains($"Facture {invoice.Number} mars 2030 6,10 € {InvoiceMails.Date(invoice.DueDate)} À payer Télécharger le PDF", page, StringComparison.Ordinal);
        Assert.Contains("Payer en ligne 6,10 €", page, StringComparison.Ordinal);
        var home = Text(await mother.PageAsync("/"));
        Assert.Contains($"Facture à payer Facture {invoice.Number} : 6,10 € à régler avant le {InvoiceMails.Date(invoice.DueDate)}.", home, StringComparison.Ordinal);
        Assert.Contains("Facturation 1 facture(s) à payer : 6,10 €.", home, StringComparison.Ordinal);

        using (var pdf = await mother.GetAsync(InvoicingModule.PdfPath(invoice.Id)))
        {
            Assert.Equal((HttpStatusCode.OK, "application/pdf"), (pdf.StatusCode, pdf.Content.Headers.ContentType?.MediaType));
            Assert.Equal(("attachment", $"facture-{invoice.Number}.pdf"), (pdf.Content.Headers.ContentDisposition?.DispositionType, pdf.Content.Headers.ContentDisposition?.FileName));
            Assert.Contains($"Facture n° {invoice.Number}", PdfText(await pdf.Content.ReadAsByteArrayAsync()), StringComparison.Ordinal);
        }

        var father = await SignedInAsync(family.UserNames[1]);
        using (var other = await father.GetAsync(InvoicingModule.PdfPath(invoice.Id)))
        {
            Assert.Equal(HttpStatusCode.NotFound, other.StatusCode);
            Assert.Contains("Page introuvable", await other.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        var his = await father.PageAsync(InvoicingModule.ParentPath);
        Assert.Contains("Aucune facture pour le moment.", his, StringComparison.Ordinal);
        Assert.DoesNotContain(invoice.Number, his, StringComparison.Ordinal);
        Assert.DoesNotContain("Facture à payer", await father.PageAsync("/"), StringComparison.Ordinal);
        using (var forged = await mother.Http.PostAsync(new Uri(InvoicingModule.SendPath(invoice.Id), UriKind.Relative), new FormUrlEncodedContent([])))
        {
            Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
        }

        using (var stranger = await father.Http.PostAsync(new Uri(InvoicingModule.SendPath(invoice.Id), UriKind.Relative), new FormUrlEncodedContent([new("__RequestVerificationToken", PortalClient.TokenOf(his))])))
        {
            Assert.Equal(HttpStatusCode.NotFound, stranger.StatusCode);
        }

        var sent = await mother.PostFormAsync(InvoicingModule.ParentPath, InvoicingModule.SendPath(invoice.Id), new Dictionary<string, string>());
        Assert.Contains($"La facture {invoice.Number} vous est envoyée par email, en pièce jointe.", sent, StringComparison.Ordinal);
        var email = Assert.Single(await Maildev.WaitForAsync(family.Emails[0], e => e.Subject == InvoiceMails.SentSubject(invoice.Number)));
        Assert.Equal($"facture-{invoice.Number}.pdf", Assert.Single(email.Attachments!).FileName);
        Assert.Empty(await Maildev.ToAsync(family.Emails[1], e => e.Subject == InvoiceMails.SentSubject(invoice.Number)));
    }

    [Fact]
    public async Task An_unpaid_invoice_is_reminded_once_at_its_due_date_shows_late_and_paid_online_it_is_paid_at_once()
    {
        var (family, invoice) = await InvoicedAsync(new DateOnly(2030, 2, 1));
        await portal.RunSchedulerAsync();

        // The due date at the reminders' time (09:00 in Paris by default), then the next day.
        portal.Clock.SetUtcNow(CampaignSchedule.At(invoice.DueDate, new TimeOnly(9, 0), Paris).AddSeconds(1));
        await RunAsync(3);
        var reminder = Assert.Single(await Maildev.WaitForAsync(family.Emails[0], e => e.Subject == InvoiceMails.ReminderSubject(invoice.Number)));
        Assert.Contains($"arrivée à échéance le {InvoiceMails.Date(invoice.DueDate)}, n'est pas réglée : il reste 6,10 € à payer.", reminder.Text, StringComparison.Ordinal);
        portal.Clock.Advance(TimeSpan.FromDays(1));
        await RunAsync(3);
        // Signed in now: a month has passed on the portal's clock since the family's last sign-in.
        var mother = await SignedInAsync(family.UserNames[0]);
        Assert.Contains($"Facture {invoice.Number} février 2030 6,10 € {InvoiceMails.Date(invoice.DueDate)} En retard", Text(await mother.PageAsync(InvoicingModule.ParentPath)), StringComparison.Ordinal);
        Assert.Contains($"Facture {invoice.Number} : 6,10 € à régler depuis le {InvoiceMails.Date(invoice.DueDate)}.", Text(await mother.PageAsync("/")), StringComparison.Ordinal);

        var payment = await PayAsync(mother, invoice);
        Assert.Equal((InvoicePaymentPurpose.Refdet(invoice.Number), 6.10m, $"Facture {invoice.Number}"), (payment.Refdet, payment.Amount, payment.Objet));
        await ChooseAsync(payment, "payer-sans-notifier");
        using (var anonymous = PortalClient.For(portal).Http)
        using (var notified = await anonymous.PostAsync(new Uri(PaymentsModule.NotificationPath, UriKind.Relative), new FormUrlEncodedContent([new("idOp", payment.IdOp!)])))
        {
            Assert.Equal(HttpStatusCode.OK, notified.StatusCode);
        }

        Assert.NotNull(Assert.Single(await InvoicesAsync(portal, family.UserNames[0])).PaidAt);
        var page = Text(await mother.PageAsync(InvoicingModule.ParentPath));
        Assert.Contains($"6,10 € {InvoiceMails.Date(invoice.DueDate)} Payée", page, StringComparison.Ordinal);
        Assert.DoesNotContain("Payer en ligne 6,10 €", page, StringComparison.Ordinal);
        var home = Text(await mother.PageAsync("/"));
        Assert.DoesNotContain("Facture à payer", home, StringComparison.Ordinal);
        Assert.Contains("Facturation Aucune facture à payer.", home, StringComparison.Ordinal);
        // Paid: no second reminder, and nothing left to pay online.
        portal.Clock.Advance(TimeSpan.FromDays(1));
        await RunAsync(3);
        Assert.Single(await Maildev.ToAsync(family.Emails[0], e => e.Subject == InvoiceMails.ReminderSubject(invoice.Number)));
    }

    /// <summary>A separated family whose mother booked two days of the month at 3,05 €, invoiced by the monthly run.</summary>
    private async Task<(TestFamily Family, Invoice Invoice)> InvoicedAsync(DateOnly month)
    {
        var school = await CreateSchoolAsync(portal);
        var family = await portal.CreateFamilyAsync(responsables: 2, separated: true);
        var child = await AddChildAsync(portal, family, school, "Léa");
        await BookAsync(portal, family.UserNames[0], child, school.Restauration, month.AddDays(3), 3.05m);
        await BookAsync(portal, family.UserNames[0], child, school.Restauration, month.AddDays(4), 3.05m);
        await using (var scope = portal.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<MonthlyInvoicing>().RunAsync(month, null, TimeSpan.FromMinutes(1), CancellationToken.None);
        }

        return (family, Assert.Single(await InvoicesAsync(portal, family.UserNames[0])));
    }

    private async Task<PortalClient> SignedInAsync(string userName)
    {
        var client = PortalClient.For(portal);
        await client.SignInAsync(userName, TestFamily.Password);
        return client;
    }

    private async Task RunAsync(int polls)
    {
        for (var i = 0; i < polls; i++)
        {
            await portal.RunSchedulerAsync();
            portal.Clock.Advance(TimeSpan.FromSeconds(2));
        }
    }

    /// <summary>"Payer en ligne" on the Facturation page: the parent goes to the simulator's page, which shows the amount.</summary>
    private async Task<PaymentOperation> PayAsync(PortalClient parent, Invoice invoice)
    {
        var token = PortalClient.TokenOf(await parent.PageAsync(InvoicingModule.ParentPath));
        var reference = invoice.Id.ToString(System.Globalization.CultureInfo.InvariantCulture);
        using var response = await parent.Http.PostAsync(new Uri(PaymentsModule.StartPath, UriKind.Relative),
            new FormUrlEncodedContent([new("kind", InvoicePaymentPurpose.PurposeKind), new("reference", reference), new("__RequestVerificationToken", token)]));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith($"{RequiredService.PayFip}/tpa/paiementws.web?idop=", Uri.UnescapeDataString(response.Headers.Location!.OriginalString), StringComparison.Ordinal);
        Assert.Contains("6,10", await Simulator.GetStringAsync(response.Headers.Location), StringComparison.Ordinal);
        return await QueryAsync(portal, db => db.PaymentOperations.AsNoTracking().SingleAsync(p => p.Purpose == InvoicePaymentPurpose.PurposeKind && p.PurposeReference == reference));
    }

    private static async Task ChooseAsync(PaymentOperation payment, string choice)
    {
        using var response = await Simulator.PostAsync(new Uri($"{RequiredService.PayFip}/tpa/paiementws.web"), new FormUrlEncodedContent([new("idop", payment.IdOp!), new("choix", choice)]));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
    }
}
