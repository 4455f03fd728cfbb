using System.Net;
using DossierFamille.Web.Data;
using DossierFamille.Web.Features.Accounts;
using DossierFamille.Web.Features.Reservations;
using DossierFamille.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static DossierFamille.Web.Tests.Features.Reservations.ReservationSteps;

namespace DossierFamille.Web.Tests.Features.Reservations.Admin;

/// <summary>The admin's activity pages: a changed rule is what the parent's calendar obeys next, every change is audited, bad values are refused field by field, staff and parents cannot reach them.</summary>
public abstract class ActivitiesAdminTests<TPortal>(TPortal portal) : IClassFixture<TPortal>
    where TPortal : PortalFactory, IClockedPortal
{
    [Fact]
    public async Task An_admin_moves_the_deadline_to_the_day_before_and_the_parent_can_book_this_week_with_the_change_in_the_audit_log()
    {
        var school = await CreateSchoolAsync(portal);
        var family = await portal.CreateFamilyAsync();
        var lea = await AddChildAsync(portal, family, school, "Léa");
        var parent = PortalClient.For(portal);
        await parent.SignInAsync(family.UserName, TestFamily.Password);
        var friday = Monday(portal, 0).AddDays(4);
        Assert.True(friday > Today(portal).AddDays(1), "The class's clock must stay early in its week.");
        var before = await parent.PageAsync(Calendar(lea, school.ApsMatin, friday));
        Assert.Contains($"{BookingFormat.Long(friday)}, APS MATIN : Non réservable – Le délai est dépassé : réservations jusqu'au jeudi de la semaine précédente à 23:59.", before, StringComparison.Ordinal);

        var (admin, adminName) = await portal.SignedInStaffAsync(Roles.Admin);
        var page = ActivityPath(school.ApsMatin);
        var fields = HtmlForm.Fields(await admin.PageAsync(page), "Input.");
        Assert.Equal("07:30", fields["Input.StartsAt"]);
        Assert.Equal("Thursday", fields["Input.BookingWeekday"]);
        fields["Input.BookingDeadlineKind"] = "DaysBefore";
        fields["Input.BookingDaysBefore"] = "1";
        fields["Input.BookingTime"] = "18:00";
        fields["Input.CapacityPerDay"] = "25";
        fields["Input.ParentInformation"] = "Accueil dès 7 h 30 dans le préau.";
        using (var saved = await admin.SubmitAsync(page, "activity", fields))
        {
            Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
            Assert.Contains("Modification enregistrée.", await admin.PageAsync(saved.RedirectPath()!), StringComparison.Ordinal);
        }

        var after = await parent.PageAsync(Calendar(lea, school.ApsMatin, friday));
        Assert.Contains($"{BookingFormat.Long(friday)}, APS MATIN : Disponible", after, StringComparison.Ordinal);
        Assert.Contains("Accueil dès 7 h 30 dans le préau.", after, StringComparison.Ordinal);
        // The activity has no tariff: no price is shown, not even a made-up one.
        Assert.DoesNotContain("€", after, StringComparison.Ordinal);
        await TickAsync(parent, lea, school.ApsMatin, [friday]);
        var (recap, key) = await RecapAsync(parent);
        using (var validated = await ValidateAsync(parent, recap, key))
        {
            Assert.Contains("1 demande(s) de réservation", await parent.PageAsync(validated.RedirectPath()!), StringComparison.Ordinal);
        }

        var journal = await admin.PageAsync("/admin/journal");
        Assert.Contains("Capacité par jour : 20 enfant(s) → 25 enfant(s) ; Réservations : jusqu'au jeudi de la semaine précédente à 23:59 → jusqu'à J-1 à 18:00 ; Texte pour les familles : (aucun) → « Accueil dès 7 h 30 dans le préau. ».", journal, StringComparison.Ordinal);
        await using var scope = portal.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var structure = await db.Structures.Where(s => s.Id == school.StructureId).Select(s => s.Name).SingleAsync();
        var entry = await db.AuditEntries.AsNoTracking().SingleAsync(e => e.Subject == $"Activité « APS MATIN » ({structure})");
        Assert.Equal(adminName, entry.Actor);
        var activity = await db.Activities.AsNoTracking().SingleAsync(a => a.Id == school.ApsMatin);
        Assert.Equal(BookingDeadlineRule.DaysBeforeAt(1, new TimeOnly(18, 0)), activity.BookingDeadline);
        Assert.Equal(BookingDeadlineRule.ThursdayOfPreviousWeek, activity.CancellationDeadline);
        Assert.Equal(WeekdaySet.SchoolWeek, activity.Weekdays);
    }

    [Fact]
    public async Task Wrong_values_are_refused_in_french_under_their_fields_and_nothing_is_saved()
    {
        var school = await CreateSchoolAsync(portal);
        var (admin, _) = await portal.SignedInStaffAsync(Roles.Admin);
        var page = ActivityPath(school.Restauration);
        var fields = HtmlForm.Fields(await admin.PageAsync(page), "Input.");
        fields["Input.Name"] = " ";
        fields["Input.EndsAt"] = "11:00";
        fields["Input.CapacityPerDay"] = "0";
        fields["Input.CancellationDeadlineKind"] = "DaysBefore";
        foreach (var day in new[] { "Monday", "Tuesday", "Thursday", "Friday" })
        {
            fields.Remove($"Input.{day}");
        }

        var html = await admin.SubmitForPageAsync(page, "activity", fields);

        Assert.Contains("<span class=\"field-error\" id=\"Name-erreur\">Indiquez le nom de l'activité, tel que les familles le lisent (par exemple APS MATIN).</span>", html, StringComparison.Ordinal);
        Assert.Contains("id=\"Name\" name=\"Input.Name\"", html, StringComparison.Ordinal);
        Assert.Contains("aria-invalid=\"true\" aria-describedby=\"Name-erreur\"", html, StringComparison.Ordinal);
        Assert.Contains("L'heure de fin (11:00) doit être après l'heure de début (11:30).", html, StringComparison.Ordinal);
        Assert.Contains("aria-describedby=\"hours-hint EndsAt-erreur\"", html, StringComparison.Ordinal);
        Assert.Contains("La capacité par jour va de 1 à 10 000 enfants.", html, StringComparison.Ordinal);
        Assert.Contains("<span class=\"field-error\" id=\"Monday-erreur\">Cochez au moins un jour de la semaine.</span>", html, StringComparison.Ordinal);
        Assert.Contains("<span class=\"field-error\" id=\"CancellationDaysBefore-erreur\">Indiquez le nombre de jours avant la date limite des annulations : J-1 à J-60.</span>", html, StringComparison.Ordinal);
        // What the admin typed is shown back.
        Assert.Contains("value=\"11:00\"", html, StringComparison.Ordinal);
        await using var scope = portal.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var activity = await db.Activities.AsNoTracking().SingleAsync(a => a.Id == school.Restauration);
        Assert.Equal(("RESTAURATION", new TimeOnly(13, 20), 100), (activity.Name, activity.EndsAt, activity.CapacityPerDay));
        var structure = await db.Structures.Where(s => s.Id == school.StructureId).Select(s => s.Name).SingleAsync();
        Assert.False(await db.AuditEntries.AnyAsync(e => e.Subject == $"Activité « RESTAURATION » ({structure})"));
    }

    [Fact]
    public async Task An_admin_adds_an_activity_the_parents_see_at_once_and_a_second_one_with_the_same_name_is_refused()
    {
        var school = await CreateSchoolAsync(portal);
        var family = await portal.CreateFamilyAsync();
        var noa = await AddChildAsync(portal, family, school, "Noa");
        var (admin, _) = await portal.SignedInStaffAsync(Roles.Admin);
        var list = await admin.PageAsync(ReservationsAdminPath);
        var add = $"{ReservationsAdminPath}/activites/nouvelle?structure={school.StructureId}";
        Assert.Contains($"href=\"{add}\"", list, StringComparison.Ordinal);
        var fields = HtmlForm.Fields(await admin.PageAsync(add), "Input.");
        Assert.Equal("23:59", fields["Input.BookingTime"]);
        Assert.Equal("true", fields["Input.Thursday"]);
        Assert.False(fields.ContainsKey("Input.Wednesday"));
        fields["Input.Name"] = "ÉTUDE";
        fields["Input.StartsAt"] = "16:30";
        fields["Input.EndsAt"] = "17:30";
        fields["Input.CapacityPerDay"] = "30";
        fields["Input.RequiresDossierComplet"] = "true";
        fields.Remove("Input.CancellationRefundable");
        using (var created = await admin.SubmitAsync(add, "activity", fields))
        {
            Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        }

        var again = await admin.SubmitForPageAsync(add, "activity", fields);
        Assert.Contains("Une activité « ÉTUDE » existe déjà dans cette structure : choisissez un autre nom.", again, StringComparison.Ordinal);

        await using var scope = portal.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var etude = await db.Activities.AsNoTracking().SingleAsync(a => a.StructureId == school.StructureId && a.Name == "ÉTUDE");
        Assert.Equal((new TimeOnly(16, 30), 30, true, false), (etude.StartsAt, etude.CapacityPerDay, etude.RequiresDossierComplet, etude.CancellationRefundable));
        Assert.Contains($"{ActivityPath(etude.Id)}\">ÉTUDE</a>", await admin.PageAsync(ReservationsAdminPath), StringComparison.Ordinal);
        var parent = PortalClient.For(portal);
        await parent.SignInAsync(family.UserName, TestFamily.Password);
        var calendar = await parent.PageAsync(Calendar(noa, etude.Id, Monday(portal, 2)));
        Assert.Contains($"<option value=\"{etude.Id}\" selected>ÉTUDE (16:30–17:30)</option>", calendar, StringComparison.Ordinal);
        Assert.Contains("n'est pas complet pour l'année scolaire", calendar, StringComparison.Ordinal);
        var structure = await db.Structures.Where(s => s.Id == school.StructureId).Select(s => s.Name).SingleAsync();
        var entry = await db.AuditEntries.AsNoTracking().SingleAsync(e => e.Subject == $"Activité « ÉTUDE » ({structure})");
        Assert.StartsWith("Activité créée : Horaires : 16:30–17:30 ; Jours : lundi, mardi, jeudi, vendredi ;", entry.Description, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_day_given_its_own_capacity_of_one_accepts_one_child_and_puts_the_other_on_the_waiting_list()
    {
        var school = await CreateSchoolAsync(portal);
        var family = await portal.CreateFamilyAsync();
        var lea = await AddChildAsync(portal, family, school, "Léa");
        var hugo = await AddChildAsync(portal, family, school, "Hugo");
        await using (var scope = portal.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<AppDbContext>().Activities.Where(a => a.Id == school.Restauration)
                .ExecuteUpdateAsync(u => u.SetProperty(a => a.ProcessingMode, BookingProcessingMode.Immediate));
        }

        var day = Monday(portal, 2).AddDays(1);
        var (admin, adminName) = await portal.SignedInStaffAsync(Roles.Admin);
        var page = $"{ActivityPath(school.Restauration)}/capacites";
        Assert.Contains($"href=\"{page}\"", await admin.PageAsync(ActivityPath(school.Restauration)), StringComparison.Ordinal);
        var refused = await admin.SubmitForPageAsync(page, "day-capacity", new Dictionary<string, string> { ["Input.Day"] = Iso(day), ["Input.Capacity"] = "-1" });
        Assert.Contains("<span class=\"field-error\" id=\"Capacity-erreur\">La capacité d'un jour va de 0 à 10 000 enfants (vide : la capacité habituelle).</span>", refused, StringComparison.Ordinal);
        using (var saved = await admin.SubmitAsync(page, "day-capacity", new Dictionary<string, string> { ["Input.Day"] = Iso(day), ["Input.Capacity"] = "1" }))
        {
            Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
            Assert.Contains($"<td>{BookingFormat.Long(day)}</td><td>1 enfant(s)</td>", await admin.PageAsync(saved.RedirectPath()!), StringComparison.Ordinal);
        }

        var parent = PortalClient.For(portal);
        await parent.SignInAsync(family.UserName, TestFamily.Password);
        await TickAsync(parent, lea, school.Restauration, [day]);
        await TickAsync(parent, hugo, school.Restauration, [day]);
        var (recap, key) = await RecapAsync(parent);
        using (var validated = await ValidateAsync(parent, recap, key))
        {
            Assert.Equal(HttpStatusCode.Redirect, validated.StatusCode);
        }

        var states = (await BookingsAsync(portal, lea)).Concat(await BookingsAsync(portal, hugo)).Select(b => b.State).Order().ToList();
        Assert.Equal([BookingState.Acceptee, BookingState.ListeAttente], states);
        await using var check = portal.Services.CreateAsyncScope();
        var db = check.ServiceProvider.GetRequiredService<AppDbContext>();
        var structure = await db.Structures.Where(s => s.Id == school.StructureId).Select(s => s.Name).SingleAsync();
        var entry = await db.AuditEntries.AsNoTracking().SingleAsync(e => e.Subject == $"Activité « RESTAURATION » ({structure})");
        Assert.Equal((adminName, $"Capacité du {BookingFormat.Long(day)} : habituelle (100 enfant(s)) → 1 enfant(s)."), (entry.Actor, entry.Description));
    }

    [Fact]
    public async Task A_gestionnaire_and_a_parent_are_refused_the_admin_pages_and_their_posts_change_nothing()
    {
        var school = await CreateSchoolAsync(portal);
        var family = await portal.CreateFamilyAsync();
        var gestionnaire = PortalClient.For(portal);
        await gestionnaire.SignInAsync(await portal.CreateStaffAsync(Roles.Gestionnaire), TestFamily.Password);
        var parent = PortalClient.For(portal);
        await parent.SignInAsync(family.UserName, TestFamily.Password);

        foreach (var (client, home) in new[] { (gestionnaire, "/gestion"), (parent, "/") })
        {
            foreach (var url in new[] { ReservationsAdminPath, ActivityPath(school.ApsMatin), $"{ReservationsAdminPath}/activites/nouvelle?structure={school.StructureId}" })
            {
                using var page = await client.GetAsync(url);
                Assert.Equal(HttpStatusCode.Forbidden, page.StatusCode);
            }

            var token = System.Text.RegularExpressions.Regex.Match(await client.PageAsync(home), "name=\"__RequestVerificationToken\" value=\"([^\"]+)\"").Groups[1].Value;
            using var post = await client.Http.PostAsync(new Uri(ActivityPath(school.ApsMatin), UriKind.Relative), new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["_handler"] = "activity", ["__RequestVerificationToken"] = token, ["Input.Name"] = "PIRATE", ["Input.StartsAt"] = "07:00", ["Input.EndsAt"] = "08:00",
                ["Input.Monday"] = "true", ["Input.OpensInSchoolPeriods"] = "true", ["Input.CapacityPerDay"] = "1", ["Input.HorizonDays"] = "1", ["Input.BookingTime"] = "08:00",
            }));
            Assert.Equal(HttpStatusCode.Forbidden, post.StatusCode);
        }

        await using var scope = portal.Services.CreateAsyncScope();
        var activity = await scope.ServiceProvider.GetRequiredService<AppDbContext>().Activities.AsNoTracking().SingleAsync(a => a.Id == school.ApsMatin);
        Assert.Equal("APS MATIN", activity.Name);
    }

    private const string ReservationsAdminPath = "/admin/reservations";

    private static string ActivityPath(int id) => $"{ReservationsAdminPath}/activites/{id}";
}

[Trait("Database", "Sqlite")]
public sealed class ActivitiesAdminTestsOnSqlite(ClockedSqlitePortal portal) : ActivitiesAdminTests<ClockedSqlitePortal>(portal);

[Trait("Database", "PostgreSql")]
public sealed class ActivitiesAdminTestsOnPostgreSql(ClockedPostgreSqlPortal portal) : ActivitiesAdminTests<ClockedPostgreSqlPortal>(portal);
