using DossierFamille.EndToEnd.Tests.Infrastructure;
using DossierFamille.Web.Data;
using DossierFamille.Web.Features.Billing;
using DossierFamille.Web.Features.BillingHistory;
using DossierFamille.Web.Features.Campaigns;
using DossierFamille.Web.Features.Commune;
using DossierFamille.Web.Features.Invoicing;
using DossierFamille.Web.Features.Reservations;
using DossierFamille.Web.Tests.Infrastructure;
using DossierFamille.Workflows.Persistence;
using DossierFamille.Workflows.Runtime;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using UglyToad.PdfPig;
using static DossierFamille.EndToEnd.Tests.Infrastructure.SignIn;

namespace DossierFamille.EndToEnd.Tests.Billing;

/// <summary>
/// "Facture mensuelle" from end to end: the portal's clock reaches the admin's day and time, the "Facturation mensuelle"
/// workflow issues last month's invoice, the email arrives; on a phone the parent opens the PDF, pays it on the PayFiP
/// simulator's page, reads it "Payée" with the home notice gone, then finds the payment and the month in her histories.
/// </summary>
[Trait("Category", "Billing")]
public sealed class MonthlyInvoiceJourneyTests(PayingBrowserPortal portal) : IClassFixture<PayingBrowserPortal>
{
    private static readonly TimeZoneInfo Paris = TimeZoneInfo.FindSystemTimeZoneById("Europe/Paris");

    [Fact]
    public async Task The_monthly_run_on_the_test_clock_issues_the_invoice_and_on_a_phone_the_parent_opens_its_pdf_and_pays_it_online()
    {
        // The workflow has planned its next run (the admin's default: the 1st at 06:00 in Paris) before the clock moves.
        await portal.WaitUntilAsync("the invoicing run's planning", db => db.Set<WfJournalEntry>().AnyAsync(j => j.ActivityId == "planifier" && j.EventName == JournalEvents.Completed
            && db.Set<WfInstance>().Any(i => i.Id == j.InstanceId && i.DefinitionId == InvoicingWorkflow.DefinitionId)));
        var settings = await portal.QueryAsync(db => db.InvoicingSettings.AsNoTracking().SingleAsync());
        var run = InvoicingSchedule.NextMonthly(settings.DayOfMonth, settings.RunAt, portal.Clock.GetUtcNow(), Paris);
        var month = InvoicingSchedule.MonthBilledOn(CampaignSchedule.LocalDate(run, Paris));
        var family = await portal.CreateFamilyAsync();
        var lea = await portal.AddChildAsync(family, "Léa");
        await using (var scope = portal.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            var cantine = new BookableActivity { StructureId = (await db.Structures.FirstAsync()).Id, Name = "RESTAURATION", StartsAt = new(11, 30), EndsAt = new(13, 20), CapacityPerDay = 100 };
            db.Activities.Add(cantine);
            await db.SaveChangesAsync();
            var userId = await db.Users.Where(u => u.UserName == family.UserName).Select(u => u.Id).SingleAsync();
            var familyId = await db.Children.Where(c => c.Id == lea).Select(c => c.FamilyId).SingleAsync();
            foreach (var day in Enumerable.Range(7, 2).Select(month.AddDays))
            {
                db.Bookings.Add(new Booking { FamilyId = familyId, ChildId = lea, ActivityId = cantine.Id, Day = day, State = BookingState.Acceptee, UserId = userId, Price = 3.05m });
            }

            await db.SaveChangesAsync();
        }

        portal.Clock.Advance(run - portal.Clock.GetUtcNow() + TimeSpan.FromSeconds(1));
        var issued = await Maildev.WaitForAsync(family.Email, e => e.Subject == InvoiceMails.IssuedSubject, timeout: TimeSpan.FromSeconds(90));
        var invoice = await portal.QueryAsync(db => db.Invoices.AsNoTracking().SingleAsync(i => i.Month == month && db.Users.Any(u => u.Id == i.UserId && u.UserName == family.UserName)));
        Assert.Contains(invoice.Number, Assert.Single(issued).Text, StringComparison.Ordinal);

        var parent = await portal.NewPageAsync(phone: true);
        await LoginAsync(parent, family.UserName);
        await parent.GotoAsync("/");
        await parent.GetByRole(AriaRole.Heading, new() { Name = "Facture à payer" }).WaitForAsync();
        await parent.CheckPageAsync();
        await parent.GetByRole(AriaRole.Link, new() { Name = "Voir et payer mes factures" }).ClickAsync();
        await parent.GetByRole(AriaRole.Cell, new() { Name = InvoiceMails.Month(month) }).WaitForAsync();
        await parent.CheckPageAsync();

        // The PDF as the parent downloads it, and as the portal serves it.
        var download = await parent.RunAndWaitForDownloadAsync(() => parent.GetByRole(AriaRole.Link, new() { Name = $"Télécharger le PDF : {invoice.Number}" }).ClickAsync());
        Assert.Equal($"facture-{invoice.Number}.pdf", download.SuggestedFilename);
        using (var pdf = PdfDocument.Open(await File.ReadAllBytesAsync(await download.PathAsync())))
        {
            var text = string.Join(' ', pdf.GetPages().SelectMany(p => p.GetWords()).Select(w => w.Text));
            Assert.Contains($"Facture n° {invoice.Number}", text, StringComparison.Ordinal);
            Assert.Contains("Total à payer : 6,10 €", text, StringComparison.Ordinal);
        }

        var served = await parent.Context.APIRequest.GetAsync($"{portal.BaseUrl}{InvoicingModule.PdfPath(invoice.Id)}");
        Assert.Equal((200, "application/pdf"), (served.Status, served.Headers["content-type"]));

        await parent.GetByRole(AriaRole.Button, new() { Name = $"Payer en ligne {Money.Format(6.10m)}" }).ClickAsync();
        await parent.WaitForURLAsync(url => url.StartsWith(DossierFamille.Testing.RequiredService.PayFip, StringComparison.Ordinal));
        await parent.GetByText(Money.Format(6.10m)).First.WaitForAsync();
        await parent.GetByRole(AriaRole.Button, new() { Name = "Payer", Exact = true }).ClickAsync();
        await parent.GetByRole(AriaRole.Heading, new() { Name = "Paiement en ligne : payé" }).WaitForAsync();
        await parent.CheckPageAsync();
        await parent.GetByRole(AriaRole.Link, new() { Name = "Retour" }).ClickAsync();
        await parent.GetByRole(AriaRole.Row, new() { Name = invoice.Number }).GetByText("Payée").WaitForAsync();
        Assert.Equal(0, await parent.GetByRole(AriaRole.Button, new() { Name = "Payer en ligne" }).CountAsync());
        await parent.CheckPageAsync();
        await parent.GotoAsync("/");
        // The home page's "Facturation" tile (not the main menu's link of that name, which the menu's script hides on a phone).
        await parent.GetByRole(AriaRole.Link, new() { Name = "Facturation Aucune facture à payer." }).WaitForAsync();
        Assert.Equal(0, await parent.GetByRole(AriaRole.Heading, new() { Name = "Facture à payer" }).CountAsync());
        await parent.CheckPageAsync();

        // Her histories: the payment with what it paid, and the month's consumption one arrow back.
        await parent.GotoAsync(InvoicingModule.ParentPath);
        await parent.GetByRole(AriaRole.Link, new() { Name = "Mes règlements & régularisations" }).ClickAsync();
        await parent.GetByRole(AriaRole.Cell, new() { Name = $"Facture {invoice.Number}" }).WaitForAsync();
        await parent.CheckPageAsync();
        await parent.GetByRole(AriaRole.Link, new() { Name = "Historique", Exact = true }).ClickAsync();
        await parent.GetByRole(AriaRole.Heading, new() { Name = $"Historique de {InvoiceMails.Month(month.AddMonths(1))}" }).WaitForAsync();
        await parent.CheckPageAsync();
        await parent.GetByRole(AriaRole.Link, new() { Name = "(mois précédent)" }).ClickAsync();
        await parent.GetByRole(AriaRole.Heading, new() { Name = $"Historique de {InvoiceMails.Month(month)}" }).WaitForAsync();
        await parent.GetByRole(AriaRole.Rowheader, new() { Name = "Total des consommations" }).WaitForAsync();
        Assert.Equal(2, await parent.GetByRole(AriaRole.Cell, new() { Name = "3,05 €" }).CountAsync());
        await parent.CheckPageAsync();
        var export = await parent.RunAndWaitForDownloadAsync(() => parent.GetByRole(AriaRole.Link, new() { Name = "Exporter en Excel" }).ClickAsync());
        Assert.Equal($"historique-{HistoryMonths.Key(month)}.xlsx", export.SuggestedFilename);
    }
}
