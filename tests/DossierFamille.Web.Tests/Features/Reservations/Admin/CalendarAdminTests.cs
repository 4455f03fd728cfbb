using System.Net;
using DossierFamille.Web.Data;
using DossierFamille.Web.Features.Accounts;
using DossierFamille.Web.Features.Reservations;
using DossierFamille.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static DossierFamille.Web.Tests.Features.Reservations.ReservationSteps;

namespace DossierFamille.Web.Tests.Features.Reservations.Admin;

/// <summary>The admin's holidays and closed days: what the parent's calendar shows next, each change in the audit log.</summary>
public abstract class CalendarAdminTests<TPortal>(TPortal portal) : IClassFixture<TPortal>
    where TPortal : PortalFactory, IClockedPortal
{
    private const string CalendarPage = "/admin/reservations/calendrier";

    [Fact]
    public async Task An_admin_closes_a_day_for_one_activity_adds_holidays_then_opens_their_bookings_earlier_and_the_parent_calendar_follows_each_change()
    {
        var school = await CreateSchoolAsync(portal);
        var vacances = await AddHolidayActivityAsync(school);
        var family = await portal.CreateFamilyAsync();
        var lea = await AddChildAsync(portal, family, school, "Léa");
        var hugo = await AddChildAsync(portal, family, school, "Hugo");
        var tuesday = Monday(portal, 1).AddDays(1);
        await BookAsync(family, hugo, school.ApsMatin, tuesday);
        var parent = PortalClient.For(portal);
        await parent.SignInAsync(family.UserName, TestFamily.Password);
        var (admin, _) = await portal.SignedInStaffAsync(Roles.Admin);

        // A school outing closes APS MATIN on Tuesday; the canteen stays open.
        var fields = HtmlForm.Fields(await admin.PageAsync(CalendarPage), "Input.");
        fields["Input.Day"] = Iso(tuesday);
        fields["Input.Label"] = "Sortie scolaire";
        fields["Input.ActivityId"] = $"{school.ApsMatin}";
        using (var closed = await admin.SubmitAsync(CalendarPage, "closed-day", fields))
        {
            Assert.Equal(HttpStatusCode.Redirect, closed.StatusCode);
            var page = await admin.PageAsync(closed.RedirectPath()!);
            Assert.Contains("1 réservation(s) existent déjà ce jour-là : elles ne sont pas annulées automatiquement.", page, StringComparison.Ordinal);
            Assert.Contains("<td>Sortie scolaire</td>", page, StringComparison.Ordinal);
        }

        Assert.Contains($"Le {BookingFormat.Long(tuesday)} est déjà fermé pour APS MATIN.", await admin.SubmitForPageAsync(CalendarPage, "closed-day", fields), StringComparison.Ordinal);
        Assert.Contains($"{BookingFormat.Long(tuesday)}, APS MATIN : Fermé – Fermé : Sortie scolaire.", await parent.PageAsync(Calendar(lea, school.ApsMatin, tuesday)), StringComparison.Ordinal);
        Assert.Contains($"{BookingFormat.Long(tuesday)}, RESTAURATION : Disponible", await parent.PageAsync(Calendar(lea, school.Restauration, tuesday)), StringComparison.Ordinal);

        // Spring holidays whose bookings open in a week.
        var first = Monday(portal, 5);
        var opens = Today(portal).AddDays(7);
        var newHolidays = "/admin/reservations/vacances/nouvelles";
        fields = HtmlForm.Fields(await admin.PageAsync(newHolidays), "Input.");
        Assert.Equal("C", fields["Input.Zone"]);
        fields["Input.Name"] = "Vacances de printemps";
        fields["Input.FirstDay"] = Iso(first);
        fields["Input.LastDay"] = Iso(first.AddDays(-1));
        fields["Input.BookingOpensOn"] = Iso(opens);
        fields["Input.BookingClosesOn"] = Iso(first.AddDays(-5));
        var refused = await admin.SubmitForPageAsync(newHolidays, "holiday", fields);
        Assert.Contains($"<span class=\"field-error\" id=\"LastDay-erreur\">Le dernier jour ({first.AddDays(-1):dd/MM/yyyy}) doit être après le premier ({first:dd/MM/yyyy}).</span>", refused, StringComparison.Ordinal);
        fields["Input.LastDay"] = Iso(first.AddDays(13));
        using (var created = await admin.SubmitAsync(newHolidays, "holiday", fields))
        {
            Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        }

        var overlapping = await admin.SubmitForPageAsync(newHolidays, "holiday", fields);
        Assert.Contains("Ces dates chevauchent les « Vacances de printemps »", overlapping, StringComparison.Ordinal);
        var holidayCalendar = Calendar(lea, vacances, first);
        Assert.Contains($"{BookingFormat.Long(first)}, ACCUEIL VACANCES : Non réservable – Les réservations des vacances de printemps ouvrent le {BookingFormat.Long(opens)}.", await parent.PageAsync(holidayCalendar), StringComparison.Ordinal);

        int periodId;
        await using (var scope = portal.Services.CreateAsyncScope())
        {
            periodId = await scope.ServiceProvider.GetRequiredService<AppDbContext>().HolidayPeriods.Where(h => h.FirstDay == first).Select(h => h.Id).SingleAsync();
        }

        var edit = $"/admin/reservations/vacances/{periodId}";
        fields = HtmlForm.Fields(await admin.PageAsync(edit), "Input.");
        Assert.Equal(Iso(first.AddDays(13)), fields["Input.LastDay"]);
        fields["Input.BookingOpensOn"] = Iso(Today(portal));
        using (var changed = await admin.SubmitAsync(edit, "holiday", fields))
        {
            Assert.Equal(HttpStatusCode.Redirect, changed.StatusCode);
        }

        Assert.Contains($"{BookingFormat.Long(first)}, ACCUEIL VACANCES : Disponible", await parent.PageAsync(holidayCalendar), StringComparison.Ordinal);
        Assert.Contains($"{BookingFormat.Long(first)}, APS MATIN : Fermé – APS MATIN n'a pas lieu pendant les vacances de printemps.", await parent.PageAsync(Calendar(lea, school.ApsMatin, first)), StringComparison.Ordinal);

        // The outing is cancelled: the day opens again.
        int closedId;
        await using (var scope = portal.Services.CreateAsyncScope())
        {
            closedId = await scope.ServiceProvider.GetRequiredService<AppDbContext>().ClosedDays.Where(c => c.ActivityId == school.ApsMatin).Select(c => c.Id).SingleAsync();
        }

        Assert.Contains("Modification enregistrée.", await admin.PostFormAsync(CalendarPage, $"/admin/reservations/jours-fermes/{closedId}/rouvrir", new Dictionary<string, string>()), StringComparison.Ordinal);
        Assert.Contains($"{BookingFormat.Long(tuesday)}, APS MATIN : Disponible", await parent.PageAsync(Calendar(lea, school.ApsMatin, tuesday)), StringComparison.Ordinal);

        var journal = await admin.PageAsync("/admin/journal");
        Assert.Contains($"Fermé : {BookingFormat.Long(tuesday)} (Sortie scolaire), APS MATIN.", journal, StringComparison.Ordinal);
        Assert.Contains($"Rouvert : {BookingFormat.Long(tuesday)} (Sortie scolaire), APS MATIN.", journal, StringComparison.Ordinal);
        Assert.Contains($"Ajoutées : « Vacances de printemps » (zone C) du {first:dd/MM/yyyy} au {first.AddDays(13):dd/MM/yyyy}, réservations ouvertes du {opens:dd/MM/yyyy} au {first.AddDays(-5):dd/MM/yyyy}.", journal, StringComparison.Ordinal);
        Assert.Contains($"réservations ouvertes du {opens:dd/MM/yyyy} au {first.AddDays(-5):dd/MM/yyyy} → « Vacances de printemps » (zone C) du {first:dd/MM/yyyy} au {first.AddDays(13):dd/MM/yyyy}, réservations ouvertes du {Today(portal):dd/MM/yyyy} au", journal, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_admin_rewrites_the_help_page_the_parents_read_it_with_the_legend_and_an_empty_text_is_refused()
    {
        var family = await portal.CreateFamilyAsync();
        var parent = PortalClient.For(portal);
        await parent.SignInAsync(family.UserName, TestFamily.Password);
        Assert.Contains("<h2>Parents séparés</h2>", await parent.PageAsync("/reservations/aide"), StringComparison.Ordinal);
        var (admin, adminName) = await portal.SignedInStaffAsync(Roles.Admin);
        const string HelpPage = "/admin/reservations/aide";
        Assert.Contains("## Réserver", await admin.PageAsync(HelpPage), StringComparison.Ordinal);

        var empty = await admin.SubmitForPageAsync(HelpPage, "help", new Dictionary<string, string> { ["Input.Body"] = "  " });
        Assert.Contains("<span class=\"field-error\" id=\"Body-erreur\">Indiquez le texte de la page d'aide.</span>", empty, StringComparison.Ordinal);
        Assert.Contains("aria-describedby=\"help-format Body-erreur\"", empty, StringComparison.Ordinal);

        const string Text = "## Cantine\nLe menu est affiché à l'école.\nIl change chaque semaine.\n\nLes repas sans porc sont servis sur demande.\n## Contact\nService Enfance : 01 23 45 67 89";
        using (var saved = await admin.SubmitAsync(HelpPage, "help", new Dictionary<string, string> { ["Input.Body"] = Text }))
        {
            Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
            Assert.Contains("Modification enregistrée.", await admin.PageAsync(saved.RedirectPath()!), StringComparison.Ordinal);
        }

        var help = await parent.PageAsync("/reservations/aide");
        Assert.Contains("<h2>Cantine</h2><p>Le menu est affiché à l'école. Il change chaque semaine.</p><p>Les repas sans porc sont servis sur demande.</p>", help.Replace("\n", "", StringComparison.Ordinal).Replace("  ", "", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.Contains("<h2>Contact</h2>", help, StringComparison.Ordinal);
        Assert.DoesNotContain("Parents séparés", help, StringComparison.Ordinal);
        Assert.Contains("Réservé par l'autre responsable", help, StringComparison.Ordinal);
        await using var scope = portal.Services.CreateAsyncScope();
        var entry = await scope.ServiceProvider.GetRequiredService<AppDbContext>().AuditEntries.AsNoTracking().SingleAsync(e => e.Subject == "Aide aux réservations");
        Assert.Equal(adminName, entry.Actor);
        Assert.StartsWith("Texte de la page d'aide modifié (", entry.Description, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_gestionnaire_cannot_reach_the_calendar_and_help_pages_nor_reopen_a_day()
    {
        var (gestionnaire, _) = await portal.SignedInStaffAsync(Roles.Gestionnaire);
        foreach (var url in new[] { CalendarPage, "/admin/reservations/vacances/nouvelles", "/admin/reservations/aide" })
        {
            using var page = await gestionnaire.GetAsync(url);
            Assert.Equal(HttpStatusCode.Forbidden, page.StatusCode);
        }

        var token = System.Text.RegularExpressions.Regex.Match(await gestionnaire.PageAsync("/gestion"), "name=\"__RequestVerificationToken\" value=\"([^\"]+)\"").Groups[1].Value;
        using var post = await gestionnaire.Http.PostAsync(new Uri("/admin/reservations/jours-fermes/1/rouvrir", UriKind.Relative), new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token }));
        Assert.Equal(HttpStatusCode.Forbidden, post.StatusCode);
    }

    private async Task<int> AddHolidayActivityAsync(BookingSchool school)
    {
        await using var scope = portal.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var activity = new BookableActivity
        {
            StructureId = school.StructureId, Name = "ACCUEIL VACANCES", StartsAt = new(8, 0), EndsAt = new(18, 0), Weekdays = WeekdaySet.Weekdays,
            OpensInSchoolPeriods = false, OpensInHolidays = true, CapacityPerDay = 30,
        };
        db.Activities.Add(activity);
        await db.SaveChangesAsync();
        return activity.Id;
    }

    /// <summary>A booking already accepted, as the processing leaves it.</summary>
    private async Task BookAsync(TestFamily family, int childId, int activityId, DateOnly day)
    {
        await using var scope = portal.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var user = await db.Users.Where(u => u.UserName == family.UserName).Select(u => u.Id).SingleAsync();
        var familyId = await db.Families.Where(f => f.Reference == family.Reference).Select(f => f.Id).SingleAsync();
        db.Bookings.Add(new Booking { FamilyId = familyId, ChildId = childId, ActivityId = activityId, Day = day, State = BookingState.Acceptee, UserId = user, UpdatedAt = portal.Clock.GetUtcNow() });
        await db.SaveChangesAsync();
    }
}

[Trait("Database", "Sqlite")]
public sealed class CalendarAdminTestsOnSqlite(ClockedSqlitePortal portal) : CalendarAdminTests<ClockedSqlitePortal>(portal);

[Trait("Database", "PostgreSql")]
public sealed class CalendarAdminTestsOnPostgreSql(ClockedPostgreSqlPortal portal) : CalendarAdminTests<ClockedPostgreSqlPortal>(portal);
