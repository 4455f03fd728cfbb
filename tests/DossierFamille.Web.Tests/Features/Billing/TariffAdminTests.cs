using System.Net;
using DossierFamille.Web.Data;
using DossierFamille.Web.Features.Accounts;
using DossierFamille.Web.Features.Billing;
using DossierFamille.Web.Tests.Features.Reservations.Admin;
using DossierFamille.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static DossierFamille.Web.Tests.Features.Reservations.ReservationSteps;

namespace DossierFamille.Web.Tests.Features.Billing;

/// <summary>The admin's tariff pages: this year's and next year's prices by QF bracket, no two tariffs on one day, French errors under their fields, every change audited.</summary>
public abstract class TariffAdminTests<TPortal>(TPortal portal) : IClassFixture<TPortal>
    where TPortal : PortalFactory, IClockedPortal
{
    [Fact]
    public async Task An_admin_enters_this_years_and_next_years_prices_an_overlapping_tariff_is_refused_and_the_journal_tells_who_changed_what()
    {
        var school = await CreateSchoolAsync(portal);
        var (admin, adminName) = await portal.SignedInStaffAsync(Roles.Admin);
        Assert.Contains($"href=\"/admin/facturation/activites/{school.Restauration}\"", await admin.PageAsync("/admin/facturation"), StringComparison.Ordinal);
        var activityPage = $"/admin/facturation/activites/{school.Restauration}";
        Assert.Contains("Aucun tarif : les jours de cette activité ne sont pas facturés", await admin.PageAsync(activityPage), StringComparison.Ordinal);

        var newTariff = $"{activityPage}/tarifs/nouveau";
        var fields = HtmlForm.Fields(await admin.PageAsync(newTariff), "Input.");
        fields["Input.ValidFrom"] = "2030-09-01";
        fields["Input.ValidTo"] = "2031-08-31";
        fields["Input.Unit"] = "Meal";
        fields["Input.Brackets[0].MaxQuotient"] = "500";
        fields["Input.Brackets[0].Price"] = "1,20";
        fields["Input.Brackets[1].MaxQuotient"] = "900";
        fields["Input.Brackets[1].Price"] = "2,35";
        fields["Input.HighestPrice"] = "4,10";
        fields["Input.UnjustifiedAbsenceKind"] = "SameAsDay";
        using (var saved = await admin.SubmitAsync(newTariff, "tariff", fields))
        {
            Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
            var page = await admin.PageAsync(saved.RedirectPath()!);
            Assert.Contains("Modification enregistrée.", page, StringComparison.Ordinal);
            Assert.Contains("QF ≤ 500 : 1,20 € ; QF ≤ 900 : 2,35 € ; au-delà et sans QF : 4,10 € (par repas)", page, StringComparison.Ordinal);
        }

        fields["Input.ValidFrom"] = "2031-08-01";
        fields["Input.ValidTo"] = "";
        fields["Input.Brackets[1].Price"] = "2,5";
        var refused = await admin.SubmitForPageAsync(newTariff, "tariff", fields);
        Assert.Contains("<span class=\"field-error\" id=\"ValidFrom-erreur\">Ces dates chevauchent le tarif du 01/09/2030 au 31/08/2031 : un jour n'a qu'un tarif.", refused, StringComparison.Ordinal);
        // What the admin typed comes back.
        Assert.Contains("value=\"2,5\"", refused, StringComparison.Ordinal);
        fields["Input.ValidFrom"] = "2031-09-01";
        fields["Input.OutsideCommunePrice"] = "6";
        using (var next = await admin.SubmitAsync(newTariff, "tariff", fields))
        {
            Assert.Contains("à partir du 01/09/2031", await admin.PageAsync(next.RedirectPath()!), StringComparison.Ordinal);
        }

        using (var mode = await admin.Http.PostAsync(new Uri($"{activityPage}/paiement", UriKind.Relative), new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["mode"] = "PayAtBooking", ["__RequestVerificationToken"] = HtmlForm.Fields(await admin.PageAsync(activityPage), "__")["__RequestVerificationToken"],
        })))
        {
            Assert.Equal(HttpStatusCode.Redirect, mode.StatusCode);
        }

        await using var scope = portal.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var tariffs = await db.Tariffs.AsNoTracking().Include(t => t.Brackets).Where(t => t.ActivityId == school.Restauration).OrderBy(t => t.ValidFrom).ToListAsync();
        Assert.Equal([new DateOnly(2030, 9, 1), new DateOnly(2031, 9, 1)], tariffs.Select(t => t.ValidFrom));
        Assert.Equal(2.35m, tariffs[0].UnitPriceFor(new FamilyPricing(600, false)));
        Assert.Equal(6m, tariffs[1].UnitPriceFor(new FamilyPricing(600, true)));
        Assert.Equal(PaymentMode.PayAtBooking, (await db.ActivityBillings.SingleAsync(b => b.ActivityId == school.Restauration)).PaymentMode);
        var structure = await db.Structures.Where(s => s.Id == school.StructureId).Select(s => s.Name).SingleAsync();
        var entries = await db.AuditEntries.AsNoTracking().Where(e => e.Subject == $"Tarifs « RESTAURATION » ({structure})").OrderBy(e => e.Id).ToListAsync();
        Assert.All(entries, e => Assert.Equal(adminName, e.Actor));
        Assert.Equal(
            [
                "Tarif ajouté : du 01/09/2030 au 31/08/2031, prix par repas : QF ≤ 500 : 1,20 € ; QF ≤ 900 : 2,35 € ; au-delà et sans QF : 4,10 € ; hors commune : prix de la tranche ; présence sans réservation : non appliquée ; annulation tardive : non appliquée ; absence injustifiée : le prix du jour.",
                "Tarif ajouté : à partir du 01/09/2031, prix par repas : QF ≤ 500 : 1,20 € ; QF ≤ 900 : 2,50 € ; au-delà et sans QF : 4,10 € ; hors commune : 6,00 € ; présence sans réservation : non appliquée ; annulation tardive : non appliquée ; absence injustifiée : le prix du jour.",
                "Mode de paiement : Facture mensuelle → Paiement à la réservation (carte bancaire).",
            ],
            entries.Select(e => e.Description));
    }

    [Fact]
    public async Task A_changed_tariff_is_audited_before_and_after_and_staff_and_parents_cannot_reach_the_pages()
    {
        var school = await CreateSchoolAsync(portal);
        var (admin, _) = await portal.SignedInStaffAsync(Roles.Admin);
        var newTariff = $"/admin/facturation/activites/{school.ApsMatin}/tarifs/nouveau";
        var fields = HtmlForm.Fields(await admin.PageAsync(newTariff), "Input.");
        fields["Input.ValidFrom"] = "2030-09-01";
        fields["Input.HighestPrice"] = "2";
        string edit;
        using (var saved = await admin.SubmitAsync(newTariff, "tariff", fields))
        {
            var page = await admin.PageAsync(saved.RedirectPath()!);
            edit = System.Text.RegularExpressions.Regex.Match(page, $"/admin/facturation/activites/{school.ApsMatin}/tarifs/\\d+").Value;
        }

        var again = HtmlForm.Fields(await admin.PageAsync(edit), "Input.");
        Assert.Equal("2,00", again["Input.HighestPrice"]);
        again["Input.HighestPrice"] = "2,20";
        again["Input.LateCancellationKind"] = "FixedPrice";
        again["Input.LateCancellationPrice"] = "1,5";
        using (var saved = await admin.SubmitAsync(edit, "tariff", again))
        {
            Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        }

        var journal = await admin.PageAsync("/admin/journal");
        Assert.Contains("Tarif modifié : à partir du 01/09/2030, prix par journée : au-delà et sans QF : 2,00 €", journal, StringComparison.Ordinal);
        Assert.Contains("→ à partir du 01/09/2030, prix par journée : au-delà et sans QF : 2,20 € ; hors commune : prix de la tranche ; présence sans réservation : non appliquée ; annulation tardive : 1,50 €", journal, StringComparison.Ordinal);

        var (gestionnaire, _) = await portal.SignedInStaffAsync(Roles.Gestionnaire);
        using (var forbidden = await gestionnaire.GetAsync(edit))
        {
            Assert.Equal(HttpStatusCode.Forbidden, forbidden.StatusCode);
        }

        var family = await portal.CreateFamilyAsync();
        var parent = PortalClient.For(portal);
        await parent.SignInAsync(family.UserName, TestFamily.Password);
        using var refused = await parent.GetAsync("/admin/facturation");
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
    }
}

public sealed class TariffAdminTestsOnSqlite(ClockedSqlitePortal portal) : TariffAdminTests<ClockedSqlitePortal>(portal);

public sealed class TariffAdminTestsOnPostgreSql(ClockedPostgreSqlPortal portal) : TariffAdminTests<ClockedPostgreSqlPortal>(portal);
