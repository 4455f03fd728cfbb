using DossierFamille.EndToEnd.Tests.Infrastructure;
using DossierFamille.Web.Data;
using DossierFamille.Web.Features.Accounts;
using DossierFamille.Web.Features.Billing;
using DossierFamille.Web.Features.Commune;
using DossierFamille.Web.Features.Reservations;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static DossierFamille.EndToEnd.Tests.Infrastructure.SignIn;

namespace DossierFamille.EndToEnd.Tests.Billing;

[Trait("Category", "Billing")]
public sealed class BillingJourneyTests(BrowserPortal portal) : IClassFixture<BrowserPortal>
{
    [Fact]
    public async Task An_admin_enters_a_tariff_by_qf_bracket_is_told_what_is_missing_under_the_field_and_chooses_how_the_activity_is_paid()
    {
        var school = $"École des Tilleuls {Guid.NewGuid():N}"[..26];
        int activityId;
        await using (var scope = portal.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            var structure = new Structure { Name = school, Kind = StructureKind.Ecole };
            db.Structures.Add(structure);
            await db.SaveChangesAsync();
            var cantine = new BookableActivity { StructureId = structure.Id, Name = "RESTAURATION", StartsAt = new(11, 30), EndsAt = new(13, 20), CapacityPerDay = 100 };
            db.Activities.Add(cantine);
            await db.SaveChangesAsync();
            activityId = cantine.Id;
        }

        var admin = await portal.NewPageAsync();
        await LoginAsync(admin, await portal.CreateStaffAsync(Roles.Admin));
        await admin.GotoAsync("/admin");
        await admin.GetByRole(AriaRole.Link, new() { Name = "Facturation et tarifs" }).ClickAsync();
        await admin.CheckPageAsync();
        await admin.GetByRole(AriaRole.Region, new() { Name = school }).GetByRole(AriaRole.Link, new() { Name = "RESTAURATION" }).ClickAsync();
        await admin.GetByText("Aucun tarif : les jours de cette activité ne sont pas facturés").WaitForAsync();
        await admin.CheckPageAsync();
        await admin.GetByRole(AriaRole.Link, new() { Name = "Ajouter un tarif" }).ClickAsync();
        await admin.CheckPageAsync();

        await admin.GetByLabel("Premier jour", new() { Exact = true }).FillAsync("2031-09-01");
        await admin.GetByLabel("Tranche 1 : QF jusqu'à", new() { Exact = true }).FillAsync("500");
        await admin.GetByRole(AriaRole.Button, new() { Name = "Enregistrer" }).ClickAsync();
        await admin.GetByText("Indiquez le prix de la tranche la plus haute (aussi celui des familles sans quotient familial).").First.WaitForAsync();
        await admin.CheckPageAsync();
        Assert.Equal("true", await admin.Locator("#HighestPrice").GetAttributeAsync("aria-invalid"));
        Assert.Equal("Brackets-0-Price-erreur", await admin.Locator("#Brackets-0-Price").GetAttributeAsync("aria-describedby"));

        await admin.GetByLabel("Tranche 1 : prix (€)", new() { Exact = true }).FillAsync("1,20");
        await admin.Locator("#HighestPrice").FillAsync("3,10");
        await admin.GetByRole(AriaRole.Group, new() { Name = "Absence injustifiée" }).GetByLabel("Le prix du jour").CheckAsync();
        await admin.GetByRole(AriaRole.Button, new() { Name = "Enregistrer" }).ClickAsync();
        await admin.GetByText("Modification enregistrée.").WaitForAsync();
        await admin.CheckPageAsync();
        await admin.GetByRole(AriaRole.Cell, new() { Name = "QF ≤ 500 : 1,20 € ; au-delà et sans QF : 3,10 € (par journée)" }).WaitForAsync();

        await admin.GetByLabel("Paiement à la réservation (carte bancaire)").CheckAsync();
        await admin.GetByRole(AriaRole.Button, new() { Name = "Enregistrer" }).ClickAsync();
        await admin.GetByText("Modification enregistrée.").WaitForAsync();
        await admin.CheckPageAsync();

        await using var check = portal.Services.CreateAsyncScope();
        var saved = check.ServiceProvider.GetRequiredService<AppDbContext>();
        var tariff = await saved.Tariffs.AsNoTracking().Include(t => t.Brackets).SingleAsync(t => t.ActivityId == activityId);
        Assert.Equal((new DateOnly(2031, 9, 1), PenaltyKind.SameAsDay), (tariff.ValidFrom, tariff.UnjustifiedAbsence.Kind));
        Assert.Equal(1.20m, tariff.UnitPriceFor(new FamilyPricing(400, OutsideCommune: false)));
        Assert.Equal(PaymentMode.PayAtBooking, (await saved.ActivityBillings.SingleAsync(b => b.ActivityId == activityId)).PaymentMode);
    }
}
