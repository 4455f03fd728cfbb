using DossierFamille.EndToEnd.Tests.Infrastructure;
using DossierFamille.Web.Data;
using DossierFamille.Web.Features.Accounts;
using DossierFamille.Web.Features.Commune;
using DossierFamille.Web.Features.Invoicing;
using DossierFamille.Web.Features.Reservations;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static DossierFamille.EndToEnd.Tests.Infrastructure.SignIn;

namespace DossierFamille.EndToEnd.Tests.Billing;

[Trait("Category", "Billing")]
public sealed class InvoicesJourneyTests(BrowserPortal portal) : IClassFixture<BrowserPortal>
{
    [Fact]
    public async Task On_a_phone_a_parent_reads_the_invoice_notice_opens_facturation_and_emails_herself_the_invoice_and_an_admin_sets_the_monthly_run()
    {
        var family = await portal.CreateFamilyAsync();
        var lea = await portal.AddChildAsync(family, "Léa");
        var month = new DateOnly(2030, 1, 1);
        await using (var scope = portal.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            var structure = await db.Structures.FirstAsync();
            var cantine = new BookableActivity { StructureId = structure.Id, Name = "RESTAURATION", StartsAt = new(11, 30), EndsAt = new(13, 20), CapacityPerDay = 100 };
            db.Activities.Add(cantine);
            await db.SaveChangesAsync();
            var userId = await db.Users.Where(u => u.UserName == family.UserName).Select(u => u.Id).SingleAsync();
            var familyId = await db.Children.Where(c => c.Id == lea).Select(c => c.FamilyId).SingleAsync();
            foreach (var day in Enumerable.Range(7, 2).Select(month.AddDays))
            {
                db.Bookings.Add(new Booking { FamilyId = familyId, ChildId = lea, ActivityId = cantine.Id, Day = day, State = BookingState.Acceptee, UserId = userId, Price = 3.05m });
            }

            await db.SaveChangesAsync();
            await scope.ServiceProvider.GetRequiredService<MonthlyInvoicing>().RunAsync(month, null, TimeSpan.FromMinutes(1), CancellationToken.None);
        }

        var parent = await portal.NewPageAsync(phone: true);
        await LoginAsync(parent, family.UserName);
        await parent.GotoAsync("/");
        await parent.GetByRole(AriaRole.Heading, new() { Name = "Facture à payer" }).WaitForAsync();
        await parent.CheckPageAsync();
        await parent.GetByRole(AriaRole.Link, new() { Name = "Voir et payer mes factures" }).ClickAsync();
        await parent.GetByRole(AriaRole.Cell, new() { Name = "janvier 2030" }).WaitForAsync();
        await parent.CheckPageAsync();
        await parent.GetByRole(AriaRole.Button, new() { Name = "M'envoyer la facture par e-mail" }).ClickAsync();
        await parent.GetByText("vous est envoyée par email, en pièce jointe.").WaitForAsync();
        await parent.CheckPageAsync();

        var admin = await portal.NewPageAsync();
        await LoginAsync(admin, await portal.CreateStaffAsync(Roles.Admin));
        await admin.GotoAsync("/admin/facturation");
        await admin.GetByRole(AriaRole.Link, new() { Name = "facturation mensuelle" }).ClickAsync();
        await admin.CheckPageAsync();
        await admin.GetByLabel("Jour du mois de la facturation").FillAsync("5");
        await admin.GetByRole(AriaRole.Button, new() { Name = "Enregistrer" }).ClickAsync();
        await admin.GetByText("Modification enregistrée.").WaitForAsync();
        await admin.CheckPageAsync();
        await using var check = portal.Services.CreateAsyncScope();
        Assert.Equal(5, (await check.ServiceProvider.GetRequiredService<AppDbContext>().InvoicingSettings.AsNoTracking().SingleAsync()).DayOfMonth);
    }
}
