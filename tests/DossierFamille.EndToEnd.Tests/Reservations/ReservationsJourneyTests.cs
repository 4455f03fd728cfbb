using System.Globalization;
using DossierFamille.EndToEnd.Tests.Infrastructure;
using DossierFamille.Web.Data;
using DossierFamille.Web.Features.Accounts;
using DossierFamille.Web.Features.Billing;
using DossierFamille.Web.Features.Commune;
using DossierFamille.Web.Features.Families;
using DossierFamille.Web.Features.Reservations;
using DossierFamille.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static DossierFamille.EndToEnd.Tests.Infrastructure.SignIn;
using static DossierFamille.EndToEnd.Tests.Reservations.CalendarSteps;

namespace DossierFamille.EndToEnd.Tests.Reservations;

[Trait("Category", "Reservations")]
public sealed class ReservationsJourneyTests(BrowserPortal portal) : IClassFixture<BrowserPortal>
{
    [Fact]
    public async Task On_a_phone_a_parent_books_the_tuesdays_of_a_month_copies_them_to_a_second_child_cancels_a_day_validates_and_the_other_parent_is_refused_the_same_day()
    {
        var family = await portal.CreateFamilyAsync(responsables: 2, separated: true);
        // A month whose days are all past the Thursday deadline and within the 90-day horizon, whatever today is.
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(portal.Clock.GetUtcNow(), Paris).DateTime);
        var month = new DateOnly(today.AddDays(45).Year, today.AddDays(45).Month, 1);
        var days = Enumerable.Range(0, DateTime.DaysInMonth(month.Year, month.Month)).Select(month.AddDays).ToList();
        var tuesdays = days.Where(d => d.DayOfWeek == DayOfWeek.Tuesday).ToList();
        var school = await SchoolAsync(family, month, days.First(d => d.DayOfWeek == DayOfWeek.Monday));
        var (lea, hugo) = ($"Léa {family.Reference}", $"Hugo {family.Reference}");

        var mother = await portal.NewPageAsync(phone: true);
        await LoginAsync(mother, family.UserNames[0]);
        await ShowAsync(mother, lea, "APS MATIN", month);
        await mother.GetByText("Informations laissées par votre mairie concernant le service").WaitForAsync();
        await mother.GetByRole(AriaRole.Button, new() { Name = "Tous les mardis du mois : réserver ou annuler" }).ClickAsync();
        await mother.CheckPageAsync();
        foreach (var tuesday in tuesdays)
        {
            Assert.True(await mother.GetByLabel(Cell(tuesday, "APS MATIN", "À réserver (panier)")).IsCheckedAsync());
        }

        Assert.True(await mother.GetByLabel(Cell(tuesdays[0].AddDays(2), "APS MATIN", "Disponible")).IsVisibleAsync());

        // The other parent puts the first Tuesday in their own cart before the mother validates.
        var father = await portal.NewPageAsync(phone: true);
        await LoginAsync(father, family.UserNames[1]);
        await ShowAsync(father, lea, "APS MATIN", month);
        await father.GetByLabel(Cell(tuesdays[0], "APS MATIN", "Disponible")).CheckAsync();
        await father.GetByRole(AriaRole.Button, new() { Name = "Ajouter au panier" }).ClickAsync();
        await father.GetByLabel(Cell(tuesdays[0], "APS MATIN", "À réserver (panier)")).WaitForAsync();
        await father.CheckPageAsync();

        // Hugo already goes to the garderie (08:00) on the first Tuesday: APS MATIN (07:30–08:20) cannot be copied there.
        await ShowAsync(mother, hugo, "GARDERIE", month);
        await mother.GetByLabel(Cell(tuesdays[0], "GARDERIE", "Disponible")).CheckAsync();
        await mother.GetByRole(AriaRole.Button, new() { Name = "Ajouter au panier" }).ClickAsync();
        await mother.GetByLabel(Cell(tuesdays[0], "GARDERIE", "À réserver (panier)")).WaitForAsync();
        await ShowAsync(mother, hugo, "APS MATIN", month);
        await mother.GetByText("Copier des réservations vers Hugo – APS MATIN").ClickAsync();
        await mother.GetByLabel("Copier les réservations de").SelectOptionAsync(new SelectOptionValue { Label = lea });
        await mother.GetByRole(AriaRole.Button, new() { Name = "Copier dans le panier" }).ClickAsync();
        await mother.GetByText("Ces jours n'ont pas été copiés :").WaitForAsync();
        await mother.CheckPageAsync();
        await mother.GetByText($"{BookingFormat.Short(tuesdays[0])} – APS MATIN : Horaires incompatibles avec GARDERIE (08:00–08:30) réservé le même jour.").WaitForAsync();
        foreach (var tuesday in tuesdays.Skip(1))
        {
            Assert.True(await mother.GetByLabel(Cell(tuesday, "APS MATIN", "À réserver (panier)")).IsCheckedAsync());
        }

        // Léa's canteen day, already accepted, is cancelled.
        await ShowAsync(mother, lea, "RESTAURATION", month);
        await mother.GetByLabel(Cell(school.CanteenDay, "RESTAURATION", "Réservé, annulable")).UncheckAsync();
        await mother.GetByRole(AriaRole.Button, new() { Name = "Ajouter au panier" }).ClickAsync();
        await mother.GetByLabel(Cell(school.CanteenDay, "RESTAURATION", "À annuler (panier)")).WaitForAsync();
        await mother.CheckPageAsync();

        await mother.GetByRole(AriaRole.Link, new() { Name = "Valider le panier" }).ClickAsync();
        await mother.GetByText($"Réservations ({(2 * tuesdays.Count)})").WaitForAsync();
        await mother.CheckPageAsync();
        await mother.GetByText("Annulations (1)").WaitForAsync();
        await mother.GetByRole(AriaRole.Row, new() { Name = $"{lea} APS MATIN {string.Join(", ", tuesdays.Select(BookingFormat.Short))} {Money.Format(ApsPrice * tuesdays.Count)}" }).WaitForAsync();
        // Léa's and Hugo's APS MATIN days are priced; the garderie has no tariff.
        await mother.GetByText($"Total des réservations : {Money.Format(ApsPrice * (2 * tuesdays.Count - 1))}").WaitForAsync();
        await mother.GetByRole(AriaRole.Row, new() { Name = $"{lea} RESTAURATION {BookingFormat.Short(school.CanteenDay)}" }).WaitForAsync();
        await mother.GetByRole(AriaRole.Button, new() { Name = "Valider définitivement" }).ClickAsync();
        await mother.GetByText($"{2 * tuesdays.Count} demande(s) de réservation et 1 demande(s) d'annulation").WaitForAsync();
        await mother.CheckPageAsync();
        await ShowAsync(mother, lea, "APS MATIN", month);
        foreach (var tuesday in tuesdays)
        {
            Assert.True(await mother.GetByLabel(Cell(tuesday, "APS MATIN", "Non transmise")).IsCheckedAsync());
        }

        // Each day shows the price the account pays ("le tarif appliqué").
        Assert.True(await mother.GetByLabel(Cell(tuesdays[0].AddDays(2), "APS MATIN", $"Disponible, {Money.Format(ApsPrice)}")).IsVisibleAsync());
        await mother.ScreenshotAsync(new() { Path = Path.Combine(Path.GetTempPath(), "dossierfamille-reservations.png"), FullPage = true });

        // The father validates his cart: the day the mother booked is refused with the manuals' message.
        await father.GetByRole(AriaRole.Link, new() { Name = "Valider le panier" }).ClickAsync();
        await father.GetByRole(AriaRole.Button, new() { Name = "Valider définitivement" }).ClickAsync();
        await father.GetByText(BookingRules.OtherParentMessage).WaitForAsync();
        await father.CheckPageAsync();
        await ShowAsync(father, lea, "APS MATIN", month);
        await father.GetByText(Cell(tuesdays[0], "APS MATIN", "Réservé par l'autre responsable")).WaitForAsync(new() { State = WaitForSelectorState.Attached });

        await using var scope = portal.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var bookings = await db.Bookings.AsNoTracking().Where(b => b.ChildId == school.Lea || b.ChildId == school.Hugo).ToListAsync();
        Assert.Equal(tuesdays, bookings.Where(b => b.ChildId == school.Lea && b.ActivityId == school.ApsMatin).Select(b => b.Day).Order());
        Assert.All(bookings.Where(b => b.ActivityId == school.ApsMatin), b => Assert.Equal((BookingState.NonTransmise, ApsPrice), (b.State, b.Price)));
        Assert.Null(bookings.Single(b => b.ChildId == school.Hugo && b.ActivityId != school.ApsMatin).Price);
        Assert.Equal(BookingState.AnnulationNonTransmise, bookings.Single(b => b.ActivityId == school.Restauration).State);
        Assert.Equal(tuesdays.Skip(1), bookings.Where(b => b.ChildId == school.Hugo && b.ActivityId == school.ApsMatin).Select(b => b.Day).Order());
    }

    [Fact]
    public async Task An_admin_sets_a_deadline_closes_a_day_adds_holidays_and_rewrites_the_help_on_pages_that_pass_the_checks()
    {
        var family = await portal.CreateFamilyAsync();
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(portal.Clock.GetUtcNow(), Paris).DateTime);
        var month = new DateOnly(today.AddDays(45).Year, today.AddDays(45).Month, 1);
        await SchoolAsync(family, month, month.AddDays(7));
        var admin = await portal.NewPageAsync();
        await LoginAsync(admin, await portal.CreateStaffAsync(Roles.Admin));
        await admin.GotoAsync("/admin");
        await admin.GetByRole(AriaRole.Link, new() { Name = "Activités et réservations" }).ClickAsync();
        await admin.CheckPageAsync();
        await admin.GetByRole(AriaRole.Region, new() { Name = $"École du Parc {family.Reference}" }).GetByRole(AriaRole.Link, new() { Name = "APS MATIN" }).ClickAsync();
        await admin.CheckPageAsync();

        var booking = admin.GetByRole(AriaRole.Group, new() { Name = "Date limite des réservations en période scolaire" });
        await booking.GetByLabel("Un nombre de jours avant le jour réservé (J-n)").CheckAsync();
        await booking.GetByLabel("Nombre de jours (n de J-n)").FillAsync("");
        await admin.GetByRole(AriaRole.Button, new() { Name = "Enregistrer" }).ClickAsync();
        await admin.GetByText("Indiquez le nombre de jours avant la date limite des réservations : J-1 à J-60.").First.WaitForAsync();
        await admin.CheckPageAsync();
        Assert.Equal("true", await admin.Locator("#BookingDaysBefore").GetAttributeAsync("aria-invalid"));
        await booking.GetByLabel("Nombre de jours (n de J-n)").FillAsync("2");
        await booking.GetByLabel("Heure limite des réservations").FillAsync("12:00");
        await admin.GetByRole(AriaRole.Button, new() { Name = "Enregistrer" }).ClickAsync();
        await admin.GetByText("Modification enregistrée.").WaitForAsync();
        await admin.CheckPageAsync();
        await admin.GetByRole(AriaRole.Cell, new() { Name = "90 jours à l'avance, jusqu'à J-2 à 12:00" }).First.WaitForAsync();

        await admin.GetByRole(AriaRole.Link, new() { Name = "Vacances scolaires et jours fermés" }).ClickAsync();
        await admin.CheckPageAsync();
        var outing = month.AddDays(14);
        await admin.GetByLabel("Jour", new() { Exact = true }).FillAsync(outing.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        await admin.GetByLabel("Motif, lu par les familles").FillAsync("Sortie au musée");
        await admin.GetByRole(AriaRole.Button, new() { Name = "Fermer ce jour" }).ClickAsync();
        await admin.GetByRole(AriaRole.Cell, new() { Name = "Sortie au musée" }).WaitForAsync();
        await admin.CheckPageAsync();

        await admin.GetByRole(AriaRole.Link, new() { Name = "Ajouter des vacances" }).ClickAsync();
        await admin.CheckPageAsync();
        await admin.GetByRole(AriaRole.Button, new() { Name = "Enregistrer" }).ClickAsync();
        await admin.GetByText("Indiquez le premier jour des vacances.").First.WaitForAsync();
        await admin.CheckPageAsync();
        var first = month.AddMonths(2);
        await admin.GetByLabel("Nom", new() { Exact = true }).FillAsync($"Vacances {family.Reference}");
        await admin.GetByLabel("Premier jour", new() { Exact = true }).FillAsync(first.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        await admin.GetByLabel("Dernier jour", new() { Exact = true }).FillAsync(first.AddDays(13).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        await admin.GetByLabel("Ouverture des réservations et annulations").FillAsync(first.AddDays(-40).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        await admin.GetByLabel("Clôture (dernier jour inclus)").FillAsync(first.AddDays(-10).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        await admin.GetByRole(AriaRole.Button, new() { Name = "Enregistrer" }).ClickAsync();
        await admin.GetByRole(AriaRole.Link, new() { Name = $"Vacances {family.Reference}" }).WaitForAsync();
        await admin.CheckPageAsync();

        await admin.GetByRole(AriaRole.Link, new() { Name = "Page d'aide aux familles" }).ClickAsync();
        await admin.CheckPageAsync();
        await admin.GetByLabel("Texte de la page d'aide").FillAsync("## Cantine\nLe menu change chaque semaine.");
        await admin.GetByRole(AriaRole.Button, new() { Name = "Enregistrer" }).ClickAsync();
        await admin.GetByText("Modification enregistrée.").WaitForAsync();
        await admin.CheckPageAsync();
        await admin.GotoAsync("/admin/journal");
        await admin.GetByRole(AriaRole.Cell, new() { Name = "Réservations : jusqu'au jeudi de la semaine précédente à 23:59 → jusqu'à J-2 à 12:00.", Exact = false }).First.WaitForAsync();
        await admin.CheckPageAsync();
    }

    private const decimal ApsPrice = 1.85m;

    private sealed record School(int Lea, int Hugo, int ApsMatin, int Restauration, DateOnly CanteenDay);

    /// <summary>A school with APS MATIN, RESTAURATION and GARDERIE, the family's two children enrolled for the month's school year, and one canteen day of Léa's already accepted.</summary>
    private async Task<School> SchoolAsync(TestFamily family, DateOnly month, DateOnly canteenDay)
    {
        await using var scope = portal.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var structure = new Structure { Name = $"École du Parc {family.Reference}", Kind = StructureKind.Ecole };
        db.Structures.Add(structure);
        await db.SaveChangesAsync();
        var aps = new BookableActivity { StructureId = structure.Id, Name = "APS MATIN", StartsAt = new(7, 30), EndsAt = new(8, 20), CapacityPerDay = 20, ParentInformation = "Accueil du matin dans le préau." };
        var cantine = new BookableActivity { StructureId = structure.Id, Name = "RESTAURATION", StartsAt = new(11, 30), EndsAt = new(13, 20), CapacityPerDay = 100 };
        var garderie = new BookableActivity { StructureId = structure.Id, Name = "GARDERIE", StartsAt = new(8, 0), EndsAt = new(8, 30), CapacityPerDay = 10 };
        db.Activities.AddRange(aps, cantine, garderie);
        var children = await EnrolLeaAndHugoAsync(db, family, structure, month);
        // APS MATIN has a tariff (no fiche famille accepted: the highest bracket), the other activities none.
        var tariff = new Tariff { ActivityId = aps.Id, ValidFrom = month, Unit = TariffUnit.Day };
        tariff.Brackets.AddRange([new TariffBracket { MaxQuotient = 600, Price = 0.90m }, new TariffBracket { MaxQuotient = null, Price = ApsPrice }]);
        db.Tariffs.Add(tariff);
        var motherId = await db.Users.Where(u => u.UserName == family.UserNames[0]).Select(u => u.Id).SingleAsync();
        db.Bookings.Add(new Booking { FamilyId = children[0].FamilyId, ChildId = children[0].Id, ActivityId = cantine.Id, Day = canteenDay, State = BookingState.Acceptee, UserId = motherId, UpdatedAt = portal.Clock.GetUtcNow() });
        await db.SaveChangesAsync();
        return new School(children[0].Id, children[1].Id, aps.Id, cantine.Id, canteenDay);
    }
}
