using DossierFamille.EndToEnd.Tests.Infrastructure;
using DossierFamille.Web.Data;
using DossierFamille.Web.Features.Campaigns;
using DossierFamille.Web.Features.Commune;
using DossierFamille.Web.Features.Reservations;
using DossierFamille.Web.Tests.Infrastructure;
using DossierFamille.Workflows.Persistence;
using DossierFamille.Workflows.Runtime;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static DossierFamille.EndToEnd.Tests.Infrastructure.SignIn;
using static DossierFamille.EndToEnd.Tests.Reservations.CalendarSteps;

namespace DossierFamille.EndToEnd.Tests.Reservations;

[Trait("Category", "Reservations")]
public sealed class NightJourneyTests(BrowserPortal portal) : IClassFixture<BrowserPortal>
{
    [Fact]
    public async Task On_a_phone_a_parent_books_for_the_night_reads_the_next_mornings_report_and_finds_the_second_child_on_the_waiting_list()
    {
        var family = await portal.CreateFamilyAsync();
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(portal.Clock.GetUtcNow(), Paris).DateTime);
        var month = new DateOnly(today.AddDays(45).Year, today.AddDays(45).Month, 1);
        var tuesday = Enumerable.Range(0, 7).Select(month.AddDays).First(d => d.DayOfWeek == DayOfWeek.Tuesday);
        var (lea, hugo) = await SchoolAsync(family, month);
        var reference = family.Reference.ToUpperInvariant();

        // Léa first, then Hugo, the same Tuesday of an activity with one place, each validated on its own.
        var page = await portal.NewPageAsync(phone: true);
        await LoginAsync(page, family.UserName);
        foreach (var child in new[] { $"Léa {family.Reference}", $"Hugo {family.Reference}" })
        {
            await ShowAsync(page, child, "APS MATIN", month);
            await page.GetByLabel(Cell(tuesday, "APS MATIN", "Disponible")).CheckAsync();
            await page.GetByRole(AriaRole.Button, new() { Name = "Ajouter au panier" }).ClickAsync();
            await page.GetByLabel(Cell(tuesday, "APS MATIN", "À réserver (panier)")).WaitForAsync();
            await page.GetByRole(AriaRole.Link, new() { Name = "Valider le panier" }).ClickAsync();
            await page.GetByRole(AriaRole.Button, new() { Name = "Valider définitivement" }).ClickAsync();
            await page.GetByText("1 demande(s) de réservation et 0 demande(s) d'annulation").WaitForAsync();
            await page.CheckPageAsync();
        }

        await ShowAsync(page, $"Hugo {family.Reference}", "APS MATIN", month);
        Assert.True(await page.GetByLabel(Cell(tuesday, "APS MATIN", "Non transmise")).IsCheckedAsync());

        // The night: the clock moves to 01:00 in Paris and the portal's own scheduler runs "Traitement des réservations".
        MoveTo(new TimeOnly(1, 0));
        await portal.WaitUntilAsync("the night's processing", async db => await db.Bookings.CountAsync(b => (b.ChildId == lea || b.ChildId == hugo) && b.State != BookingState.NonTransmise) == 2);
        // The workflow plans the report time once the run has ended: the clock moves on only then (planned later, it would wait for the next day's 07:00).
        await portal.WaitUntilAsync("the report's planning", db => db.Set<WfJournalEntry>().AnyAsync(j => j.ActivityId == "planifierCompteRendu" && j.EventName == JournalEvents.Completed));

        // 07:00: the report, in the manuals' text layout.
        var morning = MoveTo(new TimeOnly(7, 0));
        var subject = BookingReports.Subject(CampaignSchedule.LocalDate(morning, Paris));
        var report = Assert.Single(await Maildev.WaitForAsync(family.Email, e => e.Subject == subject, timeout: TimeSpan.FromSeconds(90)));
        var commune = await portal.QueryAsync(db => db.Commune.Select(c => c.Name).FirstAsync());
        Assert.Equal(
            $"Mme {family.Reference.Replace("T-", "TEST", StringComparison.Ordinal).ToUpperInvariant()} Alice\n\n"
            + $"Veuillez trouver ci-dessous un compte rendu des modifications apportées à vos demandes de réservation sur la structure : {commune}.\n\n"
            + "2 mouvements sur vos demandes de réservations ont été reçus, dont :\n"
            + "       - 2 nouvelles demandes de réservation\n"
            + "       - 0 demande d'annulation\n\n"
            + "****************     RESERVATIONS MISES EN LISTE D'ATTENTE     ****************\n"
            + "--> Activité : APS MATIN :\n"
            + $"         {reference} Hugo : {BookingFormat.Short(tuesday)}\n\n"
            + "****************     RESERVATIONS ACCEPTEES     ****************\n"
            + "--> Activité : APS MATIN :\n"
            + $"         {reference} Léa : {BookingFormat.Short(tuesday)}\n"
            + "Vous pouvez consulter l'état de vos réservations sur notre site Internet.",
            report.Text?.Replace("\r\n", "\n", StringComparison.Ordinal).TrimEnd());

        // The parent finds the final states: Hugo waits first in line, in the calendar and in "Suivi des réservations".
        await ShowAsync(page, $"Hugo {family.Reference}", "APS MATIN", month);
        await page.GetByLabel(Cell(tuesday, "APS MATIN", "Liste d'attente")).WaitForAsync();
        await ShowAsync(page, $"Léa {family.Reference}", "APS MATIN", month);
        await page.GetByLabel(Cell(tuesday, "APS MATIN", "Réservé")).WaitForAsync();
        await page.GotoAsync("/reservations/suivi");
        await page.CheckPageAsync();
        var waiting = page.Locator("section").Filter(new() { Has = page.GetByRole(AriaRole.Heading, new() { Name = "Liste d'attente (1)" }) });
        await waiting.GetByRole(AriaRole.Row, new() { Name = $"Hugo {family.Reference} APS MATIN {BookingFormat.Short(tuesday)} (position 1)" }).WaitForAsync();
    }

    /// <summary>Moves the portal's clock to the next <paramref name="local"/> time in Paris (plus a second) and returns that instant.</summary>
    private DateTimeOffset MoveTo(TimeOnly local)
    {
        var next = BookingProcessingSchedule.Next(local, portal.Clock.GetUtcNow(), Paris);
        portal.Clock.Advance(next - portal.Clock.GetUtcNow() + TimeSpan.FromSeconds(1));
        return next;
    }

    /// <summary>A school with APS MATIN processed each night, one place a day, and the family's two children enrolled for the month's school year.</summary>
    private async Task<(int Lea, int Hugo)> SchoolAsync(TestFamily family, DateOnly month)
    {
        await using var scope = portal.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var structure = new Structure { Name = $"École des Tilleuls {family.Reference}", Kind = StructureKind.Ecole };
        db.Structures.Add(structure);
        await db.SaveChangesAsync();
        db.Activities.Add(new BookableActivity { StructureId = structure.Id, Name = "APS MATIN", StartsAt = new(7, 30), EndsAt = new(8, 20), CapacityPerDay = 1, ProcessingMode = BookingProcessingMode.Nightly });
        var children = await EnrolLeaAndHugoAsync(db, family, structure, month);
        return (children[0].Id, children[1].Id);
    }
}
