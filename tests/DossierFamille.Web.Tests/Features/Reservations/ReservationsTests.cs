using System.Net;
using DossierFamille.Web.Data;
using DossierFamille.Web.Features.Accounts;
using DossierFamille.Web.Features.Reservations;
using DossierFamille.Web.Tests.Infrastructure;
using DossierFamille.Workflows.Persistence;
using DossierFamille.Workflows.Runtime;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static DossierFamille.Web.Tests.Features.Reservations.ReservationSteps;

namespace DossierFamille.Web.Tests.Features.Reservations;

public abstract class ReservationsTests<TPortal>(TPortal portal) : IClassFixture<TPortal>
    where TPortal : PortalFactory, IClockedPortal
{
    [Fact]
    public async Task Ticked_days_wait_in_a_cart_seen_from_another_device_and_a_double_click_on_valider_records_them_once_as_non_transmise()
    {
        var school = await CreateSchoolAsync(portal);
        var family = await portal.CreateFamilyAsync();
        var lea = await AddChildAsync(portal, family, school, "Léa");
        var monday = Monday(portal, 2);
        var phone = PortalClient.For(portal);
        await phone.SignInAsync(family.UserName, TestFamily.Password);

        var calendar = await phone.PageAsync(Calendar(lea, school.ApsMatin, monday));
        Assert.Contains("Légende", calendar, StringComparison.Ordinal);
        Assert.Contains($"{BookingFormat.Long(monday)}, APS MATIN : Disponible", calendar, StringComparison.Ordinal);
        await TickAsync(phone, lea, school.ApsMatin, [monday, monday.AddDays(1)], [monday, monday.AddDays(1), monday.AddDays(3)]);

        var computer = PortalClient.For(portal);
        await computer.SignInAsync(family.UserName, TestFamily.Password);
        var cart = await computer.PageAsync("/reservations/panier");
        Assert.Contains(BookingFormat.Short(monday), cart, StringComparison.Ordinal);
        Assert.Contains(BookingFormat.Short(monday.AddDays(1)), cart, StringComparison.Ordinal);
        Assert.DoesNotContain(BookingFormat.Short(monday.AddDays(3)), cart, StringComparison.Ordinal);
        Assert.Contains($"{BookingFormat.Long(monday)}, APS MATIN : À réserver (panier)", await computer.PageAsync(Calendar(lea, school.ApsMatin, monday)), StringComparison.Ordinal);
        Assert.Empty(await BookingsAsync(portal, lea));

        var (recap, key) = await RecapAsync(computer);
        Assert.Contains("Réservations (2)", recap, StringComparison.Ordinal);
        Assert.Contains($"{BookingFormat.Short(monday)}, {BookingFormat.Short(monday.AddDays(1))}", recap, StringComparison.Ordinal);
        using (var first = await ValidateAsync(computer, recap, key))
        using (var second = await ValidateAsync(computer, recap, key))
        {
            Assert.Equal($"/reservations/demandes/{key}", first.RedirectPath());
            Assert.Equal($"/reservations/demandes/{key}", second.RedirectPath());
        }

        var bookings = await BookingsAsync(portal, lea);
        Assert.Equal([monday, monday.AddDays(1)], bookings.Select(b => b.Day));
        Assert.All(bookings, b => Assert.Equal(BookingState.NonTransmise, b.State));
        Assert.Contains("2 demande(s) de réservation et 0 demande(s) d'annulation", await computer.PageAsync($"/reservations/demandes/{key}"), StringComparison.Ordinal);
        Assert.Contains($"{BookingFormat.Long(monday)}, APS MATIN : Non transmise", await phone.PageAsync(Calendar(lea, school.ApsMatin, monday)), StringComparison.Ordinal);
        Assert.Contains("Votre panier est vide", await phone.PageAsync("/reservations/panier"), StringComparison.Ordinal);

        await using var scope = portal.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var requests = await db.BookingRequests.Where(r => r.SubmissionId == Guid.Parse(key)).OrderBy(r => r.Id).ToListAsync();
        Assert.Equal(2, requests.Count);
        Assert.True(requests[0].Id < requests[1].Id);
        var instance = await db.Set<WfInstance>().SingleAsync(i => i.CorrelationId == BookingRequestWorkflow.Correlation(Guid.Parse(key)));
        Assert.Equal(BookingRequestWorkflow.DefinitionId, instance.DefinitionId);
        await portal.RunSchedulerAsync();
        Assert.Equal(WorkflowStatus.Finished, (await db.Set<WfInstance>().AsNoTracking().SingleAsync(i => i.Id == instance.Id)).Status);
    }

    [Fact]
    public async Task The_weekday_toggle_books_a_month_a_copy_lists_the_days_it_could_not_copy_and_a_late_line_is_refused_with_its_reason()
    {
        var school = await CreateSchoolAsync(portal);
        var family = await portal.CreateFamilyAsync();
        var lea = await AddChildAsync(portal, family, school, "Léa");
        var hugo = await AddChildAsync(portal, family, school, "Hugo");
        var client = PortalClient.For(portal);
        await client.SignInAsync(family.UserName, TestFamily.Password);
        var month = Monday(portal, 5);
        var first = new DateOnly(month.Year, month.Month, 1);
        var calendar = Calendar(lea, school.ApsMatin, first);

        await PostAsync(client, calendar, "/reservations/bascule", [new("enfant", $"{lea}"), new("activite", $"{school.ApsMatin}"), new("mois", Month(first)), new("portee", "jour:Tuesday")]);
        var tuesdays = Enumerable.Range(0, DateTime.DaysInMonth(first.Year, first.Month)).Select(first.AddDays).Where(d => d.DayOfWeek == DayOfWeek.Tuesday).ToList();
        var page = await client.PageAsync(calendar);
        Assert.All(tuesdays.Where(d => d > Today(portal).AddDays(14)), d => Assert.Contains($"{BookingFormat.Long(d)}, APS MATIN : À réserver (panier)", page, StringComparison.Ordinal));

        // Hugo already goes to the GARDERIE (08:00) on the first Tuesday: APS MATIN (07:30-08:20) cannot be copied there.
        var clash = tuesdays.First(d => d > Today(portal).AddDays(14));
        await TickAsync(client, hugo, school.Garderie, [clash]);
        var copied = await PostAsync(client, calendar, "/reservations/copier",
            [new("enfant", $"{hugo}"), new("activite", $"{school.ApsMatin}"), new("mois", Month(first)), new("sourceEnfant", $"{lea}"), new("sourceActivite", $"{school.ApsMatin}"), new("du", Iso(first)), new("au", Iso(first.AddMonths(1).AddDays(-1)))]);
        var result = await client.PageAsync(copied);
        Assert.Contains("Ces jours n'ont pas été copiés :", result, StringComparison.Ordinal);
        Assert.Contains($"{BookingFormat.Short(clash)} – APS MATIN : Horaires incompatibles avec GARDERIE (08:00–08:30) réservé le même jour.", result, StringComparison.Ordinal);
        Assert.Contains($"{BookingFormat.Long(clash.AddDays(7))}, APS MATIN : À réserver (panier)", result, StringComparison.Ordinal);

        // The same toggle again cancels the month's Tuesdays in the cart (first changeable day is booked).
        await PostAsync(client, calendar, "/reservations/bascule", [new("enfant", $"{lea}"), new("activite", $"{school.ApsMatin}"), new("mois", Month(first)), new("portee", "jour:Tuesday")]);
        Assert.DoesNotContain("APS MATIN : À réserver (panier)", await client.PageAsync(calendar), StringComparison.Ordinal);

        // A line whose deadline passes while it waits in the cart is refused at validation, the other one recorded.
        var soon = Monday(portal, 1);
        var later = Monday(portal, 3);
        await TickAsync(client, lea, school.Restauration, [soon]);
        await TickAsync(client, lea, school.Restauration, [later]);
        var (recap, key) = await RecapAsync(client);
        portal.Clock.Advance(TimeSpan.FromDays(4));
        using var response = await ValidateAsync(client, recap, key);
        var done = await client.PageAsync(response.RedirectPath()!);
        Assert.Contains("ligne(s) n'ont pas été enregistrées", done, StringComparison.Ordinal);
        Assert.Contains("Le délai est dépassé : réservations jusqu'au jeudi de la semaine précédente à 23:59.", done, StringComparison.Ordinal);
        Assert.Contains(await BookingsAsync(portal, lea), b => b.Day == later && b.ActivityId == school.Restauration && b.State == BookingState.NonTransmise);
        Assert.DoesNotContain(await BookingsAsync(portal, lea), b => b.Day == soon);
        Assert.Contains(await BookingsAsync(portal, hugo), b => b.Day == clash.AddDays(7) && b.ActivityId == school.ApsMatin);
    }

    [Fact]
    public async Task Separated_parents_validating_the_same_day_at_once_record_it_once_and_the_other_parent_is_told_why()
    {
        var school = await CreateSchoolAsync(portal);
        var family = await portal.CreateFamilyAsync(responsables: 2, separated: true);
        var emma = await AddChildAsync(portal, family, school, "Emma");
        var day = Monday(portal, 2).AddDays(3);
        var mother = PortalClient.For(portal);
        var father = PortalClient.For(portal);
        await mother.SignInAsync(family.UserNames[0], TestFamily.Password);
        await father.SignInAsync(family.UserNames[1], TestFamily.Password);
        await TickAsync(mother, emma, school.Restauration, [day]);
        await TickAsync(father, emma, school.Restauration, [day]);
        var (motherRecap, motherKey) = await RecapAsync(mother);
        var (fatherRecap, fatherKey) = await RecapAsync(father);

        var answers = await Task.WhenAll(ValidateAsync(mother, motherRecap, motherKey), ValidateAsync(father, fatherRecap, fatherKey));
        var pages = new List<string>();
        foreach (var answer in answers)
        {
            Assert.Equal(HttpStatusCode.Redirect, answer.StatusCode);
            pages.Add(await (answer == answers[0] ? mother : father).PageAsync(answer.RedirectPath()!));
            answer.Dispose();
        }

        var booking = Assert.Single(await BookingsAsync(portal, emma));
        Assert.Equal(BookingState.NonTransmise, booking.State);
        Assert.Single(pages, p => p.Contains(BookingRules.OtherParentMessage, StringComparison.Ordinal));
        Assert.Single(pages, p => p.Contains("1 demande(s) de réservation", StringComparison.Ordinal));
        var loser = pages[0].Contains(BookingRules.OtherParentMessage, StringComparison.Ordinal) ? mother : father;
        Assert.Contains($"{BookingFormat.Long(day)}, RESTAURATION : Réservé par l'autre responsable", await loser.PageAsync(Calendar(emma, school.Restauration, day)), StringComparison.Ordinal);
        Assert.Contains("Non transmise", await loser.PageAsync("/reservations/suivi"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task From_the_all_activities_view_a_parent_books_two_activities_of_a_day_then_cancels_them_and_the_recap_lists_the_cancellations()
    {
        var school = await CreateSchoolAsync(portal);
        var family = await portal.CreateFamilyAsync();
        var noa = await AddChildAsync(portal, family, school, "Noa");
        var client = PortalClient.For(portal);
        await client.SignInAsync(family.UserName, TestFamily.Password);
        var day = Monday(portal, 3).AddDays(1);
        var dayPage = $"/reservations/jour?enfant={noa}&jour={Iso(day)}";

        var page = await client.PageAsync(dayPage);
        Assert.Contains("GARDERIE (08:00–08:30)", page, StringComparison.Ordinal);
        // APS MATIN and GARDERIE overlap: ticking both keeps the first and says why the second was not added.
        var back = await PostAsync(client, dayPage, "/reservations/jour",
            [new("enfant", $"{noa}"), new("jour", Iso(day)), new("activites", $"{school.ApsMatin}"), new("activites", $"{school.Restauration}"), new("activites", $"{school.Garderie}"),
             new("affichees", $"{school.ApsMatin}"), new("affichees", $"{school.Restauration}"), new("affichees", $"{school.Garderie}")]);
        Assert.StartsWith($"/reservations?enfant={noa}&activite=toutes", back, StringComparison.Ordinal);
        Assert.Contains("GARDERIE : Horaires incompatibles avec APS MATIN (07:30–08:20) réservé le même jour.", await client.PageAsync(back), StringComparison.Ordinal);
        var (recap, key) = await RecapAsync(client);
        Assert.Contains("Réservations (2)", recap, StringComparison.Ordinal);
        using (var validated = await ValidateAsync(client, recap, key))
        {
            Assert.Equal(HttpStatusCode.Redirect, validated.StatusCode);
        }

        // The mairie's processing accepted the canteen; the APS MATIN request is still "Non transmise".
        await using (var scope = portal.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            await db.Bookings.Where(b => b.ChildId == noa && b.ActivityId == school.Restauration).ExecuteUpdateAsync(u => u.SetProperty(b => b.State, BookingState.Acceptee));
        }

        Assert.Contains("RESTAURATION (11:30–13:20) – <span aria-hidden=\"true\">✓</span> Réservé, annulable", await client.PageAsync(dayPage), StringComparison.Ordinal);
        await PostAsync(client, dayPage, "/reservations/jour",
            [new("enfant", $"{noa}"), new("jour", Iso(day)), new("affichees", $"{school.ApsMatin}"), new("affichees", $"{school.Restauration}")]);
        (recap, key) = await RecapAsync(client);
        Assert.Contains("Annulations (2)", recap, StringComparison.Ordinal);
        Assert.DoesNotContain("Réservations (", recap, StringComparison.Ordinal);
        using (var validated = await ValidateAsync(client, recap, key))
        {
            Assert.Contains("0 demande(s) de réservation et 2 demande(s) d'annulation", await client.PageAsync(validated.RedirectPath()!), StringComparison.Ordinal);
        }

        var bookings = await BookingsAsync(portal, noa);
        Assert.Equal(BookingState.Annulee, bookings.Single(b => b.ActivityId == school.ApsMatin).State);
        Assert.Equal(BookingState.AnnulationNonTransmise, bookings.Single(b => b.ActivityId == school.Restauration).State);
        Assert.Contains("Annulations non transmises (1)", await client.PageAsync("/reservations/suivi"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Another_familys_child_is_not_found_and_a_gestionnaire_cannot_book_through_the_parent_pages()
    {
        var school = await CreateSchoolAsync(portal);
        var owner = await portal.CreateFamilyAsync();
        var child = await AddChildAsync(portal, owner, school, "Lina");
        var stranger = await portal.CreateFamilyAsync();
        await AddChildAsync(portal, stranger, school, "Noé");
        var client = PortalClient.For(portal);
        await client.SignInAsync(stranger.UserName, TestFamily.Password);
        var day = Monday(portal, 2);

        using (var page = await client.GetAsync(Calendar(child, school.ApsMatin, day)))
        {
            Assert.Equal(HttpStatusCode.NotFound, page.StatusCode);
        }

        var html = await client.PageAsync("/reservations");
        var token = System.Text.RegularExpressions.Regex.Match(html, "name=\"__RequestVerificationToken\" value=\"([^\"]+)\"").Groups[1].Value;
        using (var post = await client.Http.PostAsync(new Uri("/reservations/jours", UriKind.Relative), new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["enfant"] = $"{child}", ["activite"] = $"{school.ApsMatin}", ["mois"] = Month(day), ["jours"] = Iso(day), ["affiches"] = Iso(day), ["__RequestVerificationToken"] = token,
        })))
        {
            Assert.Equal(HttpStatusCode.NotFound, post.StatusCode);
        }

        using (var forged = await client.Http.PostAsync(new Uri("/reservations/panier/vider", UriKind.Relative), new FormUrlEncodedContent(new Dictionary<string, string>())))
        {
            Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
        }

        var gestionnaire = PortalClient.For(portal);
        await gestionnaire.SignInAsync(await portal.CreateStaffAsync(Roles.Gestionnaire), TestFamily.Password);
        using (var page = await gestionnaire.GetAsync("/reservations"))
        {
            Assert.Equal(HttpStatusCode.Forbidden, page.StatusCode);
        }

        var staffToken = System.Text.RegularExpressions.Regex.Match(await gestionnaire.PageAsync("/gestion"), "name=\"__RequestVerificationToken\" value=\"([^\"]+)\"").Groups[1].Value;
        using (var post = await gestionnaire.Http.PostAsync(new Uri("/reservations/jours", UriKind.Relative), new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["enfant"] = $"{child}", ["activite"] = $"{school.ApsMatin}", ["mois"] = Month(day), ["jours"] = Iso(day), ["affiches"] = Iso(day), ["__RequestVerificationToken"] = staffToken,
        })))
        {
            Assert.Equal(HttpStatusCode.Forbidden, post.StatusCode);
        }

        Assert.Empty(await BookingsAsync(portal, child));
        await using var scope = portal.Services.CreateAsyncScope();
        Assert.False(await scope.ServiceProvider.GetRequiredService<AppDbContext>().CartLines.AnyAsync(l => l.ChildId == child));
    }
}

public sealed class ReservationsTestsOnSqlite(ClockedSqlitePortal portal) : ReservationsTests<ClockedSqlitePortal>(portal);

public sealed class ReservationsTestsOnPostgreSql(ClockedPostgreSqlPortal portal) : ReservationsTests<ClockedPostgreSqlPortal>(portal);
