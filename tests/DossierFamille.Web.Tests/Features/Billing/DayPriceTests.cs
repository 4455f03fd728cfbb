using DossierFamille.Web.Features.Reservations;
using DossierFamille.Web.Tests.Infrastructure;
using static DossierFamille.Web.Tests.Features.Billing.BillingSteps;
using static DossierFamille.Web.Tests.Features.Reservations.ReservationSteps;

namespace DossierFamille.Web.Tests.Features.Billing;

/// <summary>"Le tarif appliqué s'affiche automatiquement": each day's price for the account in the calendar, the cart and the recap, kept on the booking.</summary>
public abstract class DayPriceTests<TPortal>(TPortal portal) : IClassFixture<TPortal>
    where TPortal : PortalFactory, IClockedPortal
{
    [Fact]
    public async Task A_parent_sees_the_price_of_her_qf_on_each_day_and_the_total_in_the_cart_and_recap_and_the_booking_keeps_it()
    {
        var school = await CreateSchoolAsync(portal);
        var family = await portal.CreateFamilyAsync(responsables: 2, separated: true);
        var lea = await AddChildAsync(portal, family, school, "Léa");
        await AddTariffAsync(portal, school.ApsMatin);
        await AcceptFicheFamilleAsync(portal, family.UserNames[0], quotient: 450);
        await AcceptFicheFamilleAsync(portal, family.UserNames[1], quotient: 450, address: "8 avenue de Nice, 06800 Cagnes-sur-Mer");
        var monday = Monday(portal, 2);
        var mother = PortalClient.For(portal);
        await mother.SignInAsync(family.UserNames[0], TestFamily.Password);

        var calendar = await mother.PageAsync(Calendar(lea, school.ApsMatin, monday));
        Assert.Contains($"{BookingFormat.Long(monday)}, APS MATIN : Disponible, 1,10 €", calendar, StringComparison.Ordinal);
        Assert.DoesNotContain("RESTAURATION : Disponible, ", await mother.PageAsync(Calendar(lea, school.Restauration, monday)), StringComparison.Ordinal);
        await TickAsync(mother, lea, school.ApsMatin, [monday, monday.AddDays(1), monday.AddDays(3)]);
        await TickAsync(mother, lea, school.Restauration, [monday]);

        var cart = await mother.PageAsync("/reservations/panier");
        Assert.Contains("<td>1,10 €</td>", cart, StringComparison.Ordinal);
        Assert.Contains("Total des réservations : <strong>3,30 €</strong>", cart, StringComparison.Ordinal);
        var (recap, key) = await RecapAsync(mother);
        Assert.Contains("<th scope=\"col\">Montant</th>", recap, StringComparison.Ordinal);
        Assert.Contains("<td>3,30 €</td>", recap, StringComparison.Ordinal);
        Assert.Contains("Total des réservations : <strong>3,30 €</strong>", recap, StringComparison.Ordinal);
        using (var validated = await ValidateAsync(mother, recap, key))
        {
            Assert.Equal($"/reservations/demandes/{key}", validated.RedirectPath());
        }

        var bookings = await BookingsAsync(portal, lea);
        Assert.Equal([1.10m, 1.10m, 1.10m], bookings.Where(b => b.ActivityId == school.ApsMatin).Select(b => b.Price));
        Assert.Null(bookings.Single(b => b.ActivityId == school.Restauration).Price);

        // The separated father pays by his own fiche: same QF, but he lives outside the commune.
        var father = PortalClient.For(portal);
        await father.SignInAsync(family.UserNames[1], TestFamily.Password);
        var his = await father.PageAsync(Calendar(lea, school.ApsMatin, monday));
        Assert.Contains($"{BookingFormat.Long(monday.AddDays(4))}, APS MATIN : Disponible, 4,40 €", his, StringComparison.Ordinal);
        Assert.Contains($"{BookingFormat.Long(monday)}, APS MATIN : Réservé par l'autre responsable", his, StringComparison.Ordinal);
        // The mother's day shows no price to him: what she pays is hers.
        Assert.Contains($"<span class=\"visually-hidden\">{BookingFormat.Long(monday)}, APS MATIN : Réservé par l'autre responsable – {BookingRules.OtherParentMessage}</span>", his, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_a_qf_the_highest_bracket_applies_and_next_years_tariff_prices_the_days_after_its_start()
    {
        var school = await CreateSchoolAsync(portal);
        var family = await portal.CreateFamilyAsync();
        var noa = await AddChildAsync(portal, family, school, "Noa");
        var monday = Monday(portal, 2);
        await AddTariffAsync(portal, school.ApsMatin, t => t.ValidTo = monday.AddDays(1));
        await AddTariffAsync(portal, school.ApsMatin, t =>
        {
            t.ValidFrom = monday.AddDays(2);
            t.Brackets.Single(b => b.MaxQuotient is null).Price = 3.5m;
        });
        var parent = PortalClient.For(portal);
        await parent.SignInAsync(family.UserName, TestFamily.Password);

        var calendar = await parent.PageAsync(Calendar(noa, school.ApsMatin, monday));

        Assert.Contains($"{BookingFormat.Long(monday.AddDays(1))}, APS MATIN : Disponible, 3,30 €", calendar, StringComparison.Ordinal);
        Assert.Contains($"{BookingFormat.Long(monday.AddDays(3))}, APS MATIN : Disponible, 3,50 €", calendar, StringComparison.Ordinal);
        var day = await parent.PageAsync($"/reservations/jour?enfant={noa}&jour={Iso(monday.AddDays(3))}");
        Assert.Contains("APS MATIN (07:30–08:20) – ", day, StringComparison.Ordinal);
        Assert.Contains("Disponible – 3,50 €", day, StringComparison.Ordinal);
    }
}

public sealed class DayPriceTestsOnSqlite(ClockedSqlitePortal portal) : DayPriceTests<ClockedSqlitePortal>(portal);

public sealed class DayPriceTestsOnPostgreSql(ClockedPostgreSqlPortal portal) : DayPriceTests<ClockedPostgreSqlPortal>(portal);
