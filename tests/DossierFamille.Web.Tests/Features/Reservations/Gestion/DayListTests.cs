using System.Net;
using DossierFamille.Web.Data;
using DossierFamille.Web.Features.Accounts;
using DossierFamille.Web.Features.Dossier;
using DossierFamille.Web.Features.Reservations;
using DossierFamille.Web.Features.Reservations.Gestion;
using DossierFamille.Web.Spreadsheets;
using DossierFamille.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static DossierFamille.Web.Tests.Features.Reservations.ReservationSteps;

namespace DossierFamille.Web.Tests.Features.Reservations.Gestion;

public abstract class DayListTests<TPortal>(TPortal portal) : IClassFixture<TPortal>
    where TPortal : PortalFactory, IClockedPortal
{
    [Fact]
    public async Task A_gestionnaire_reads_a_days_places_and_waiting_list_raises_its_capacity_refuses_a_booking_with_a_motif_and_closes_the_day_and_families_are_emailed()
    {
        var school = await CreateSchoolAsync(portal);
        await SetProcessingAsync(portal, school.ApsMatin, BookingProcessingMode.Nightly, capacity: 1);
        var day = Monday(portal, 2).AddDays(1);
        var first = await portal.CreateFamilyAsync();
        var second = await portal.CreateFamilyAsync();
        var lea = await AddChildAsync(portal, first, school, "Léa");
        var noe = await AddChildAsync(portal, first, school, "Noé");
        var hugo = await AddChildAsync(portal, second, school, "Hugo");
        var ines = await AddChildAsync(portal, second, school, "Inès");
        await AddBookingAsync(portal, first, lea, school.ApsMatin, day);
        await AddBookingAsync(portal, second, hugo, school.ApsMatin, day, BookingState.ListeAttente, waitingSince: 1);
        await AddBookingAsync(portal, second, ines, school.ApsMatin, day, BookingState.ListeAttente, waitingSince: 2);
        await AddBookingAsync(portal, first, noe, school.ApsMatin, day, BookingState.NonTransmise);
        await TransmitFicheEnfantAsync(portal, lea, new EnfantData { Pai = true, Allergies = "œufs" });
        var (gestionnaire, _) = await portal.SignedInStaffAsync(Roles.Gestionnaire);
        var page = ReservationsGestion.DayPath(school.ApsMatin, day);
        var (a, b) = (first.Reference.ToUpperInvariant(), second.Reference.ToUpperInvariant());

        var list = Text(await gestionnaire.PageAsync(page));
        Assert.Contains("capacité 1 · 1 acceptée(s) · 2 en liste d'attente · 1 non transmise(s) · 0 place(s) libre(s)", list, StringComparison.Ordinal);
        Assert.Contains($"{a} Léa Acceptée PAI Allergies : œufs", list, StringComparison.Ordinal);
        Assert.Matches($"Liste d'attente \\(2\\).*{b} Hugo Liste d'attente \\(1\\).*{b} Inès Liste d'attente \\(2\\)", list);
        Assert.Contains($"{BookingFormat.Short(day)} 1 1 2 1", list, StringComparison.Ordinal);

        // Full: nobody is accepted over the capacity, even by hand.
        var inesBooking = await BookingIdAsync(ines);
        var refused = await PostAsync(gestionnaire, page, $"/gestion/reservations/reservations/{inesBooking}/accepter", Day(school.ApsMatin, day));
        Assert.Contains("Les 1 place(s) de ce jour sont prises", Uri.UnescapeDataString(refused), StringComparison.Ordinal);

        // A second place goes at once to the first waiting, who is told by email.
        await PostAsync(gestionnaire, page, "/gestion/reservations/capacite", [.. Day(school.ApsMatin, day), new("capacite", "2")]);
        Assert.Equal(BookingState.Acceptee, (await BookingsAsync(portal, hugo)).Single().State);
        Assert.Equal(BookingState.ListeAttente, (await BookingsAsync(portal, ines)).Single().State);
        Assert.Contains($"{b} Hugo : {BookingFormat.Short(day)}", (await Maildev.WaitForAsync(second.Email, e => e.Subject == WaitingListPromotions.Subject)).Single().Text, StringComparison.Ordinal);

        // Refusing Léa frees her place for Inès; Léa's family reads the motif.
        var leaBooking = await BookingIdAsync(lea);
        Assert.Contains("Indiquez le motif du refus", Uri.UnescapeDataString(await PostAsync(gestionnaire, page, $"/gestion/reservations/reservations/{leaBooking}/refuser", [.. Day(school.ApsMatin, day), new("motif", " ")])), StringComparison.Ordinal);
        await PostAsync(gestionnaire, page, $"/gestion/reservations/reservations/{leaBooking}/refuser", [.. Day(school.ApsMatin, day), new("motif", "Inscription en double")]);
        Assert.Equal(BookingState.Refusee, (await BookingsAsync(portal, lea)).Single().State);
        Assert.Equal(BookingState.Acceptee, (await BookingsAsync(portal, ines)).Single().State);
        var refusal = (await Maildev.WaitForAsync(first.Email, e => e.Subject == DayActions.RefusedSubject)).Single().Text;
        Assert.Contains("Motif : Inscription en double", refusal, StringComparison.Ordinal);
        Assert.Contains($"{a} Léa : {BookingFormat.Short(day)}", refusal, StringComparison.Ordinal);

        // Exports and the printable list hold the same children in the same order.
        using var csv = await gestionnaire.GetAsync(ReservationsGestion.ExportPath(school.ApsMatin, day, SpreadsheetFormat.Csv));
        var lines = System.Text.Encoding.UTF8.GetString(await csv.Content.ReadAsByteArrayAsync()).TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("Enfant;État;Position en liste d'attente;PAI;Allergies;Régime alimentaire;Pointage", lines[0]);
        Assert.Equal([$"{b} Hugo;Acceptée;;non;;;", $"{b} Inès;Acceptée;;non;;;", $"{a} Noé;Non transmise;;non;;;"], lines[1..]);
        using var xlsx = await gestionnaire.GetAsync(ReservationsGestion.ExportPath(school.ApsMatin, day, SpreadsheetFormat.Xlsx));
        Assert.Equal(SpreadsheetFormat.Xlsx.ContentType(), xlsx.Content.Headers.ContentType?.ToString());
        Assert.Matches($"{b} Hugo Acceptée.*{b} Inès Acceptée.*{a} Noé Non transmise", Text(await gestionnaire.PageAsync($"{ReservationsGestion.PrintPath}?activite={school.ApsMatin}&jour={Iso(day)}")));

        // A strike: the day closes, every booking is refused and both families are told.
        await PostAsync(gestionnaire, page, "/gestion/reservations/fermer", [.. Day(school.ApsMatin, day), new("motif", "Grève")]);
        foreach (var child in new[] { hugo, ines, noe })
        {
            Assert.Equal(BookingState.Refusee, (await BookingsAsync(portal, child)).Single().State);
        }

        Assert.Contains($"{a} Noé : {BookingFormat.Short(day)}", (await Maildev.WaitForAsync(first.Email, e => e.Subject == DayActions.ClosedSubject)).Single().Text, StringComparison.Ordinal);
        Assert.Contains($"{b} Hugo : {BookingFormat.Short(day)}", (await Maildev.WaitForAsync(second.Email, e => e.Subject == DayActions.ClosedSubject)).Single().Text, StringComparison.Ordinal);
        Assert.Contains("Fermé : Grève.", Text(await gestionnaire.PageAsync(page)), StringComparison.Ordinal);

        await using var scope = portal.Services.CreateAsyncScope();
        var audit = await scope.ServiceProvider.GetRequiredService<AppDbContext>().AuditEntries.AsNoTracking()
            .Where(e => e.Description.Contains(BookingFormat.Long(day)) && (e.Description.Contains(a) || e.Description.Contains("Grève") || e.Description.Contains("Capacité"))).Select(e => e.Description).ToListAsync();
        Assert.Contains($"Capacité du {BookingFormat.Long(day)} : habituelle (1 enfant(s)) → 2 enfant(s).", audit);
        Assert.Contains($"{BookingFormat.Long(day)} : réservation de {a} Léa refusée. Motif : Inscription en double", audit);
        Assert.Contains($"{BookingFormat.Long(day)} fermé (Grève) : 3 réservation(s) refusée(s), familles prévenues par email.", audit);

        var parent = PortalClient.For(portal);
        await parent.SignInAsync(first.UserName, TestFamily.Password);
        Assert.Equal(HttpStatusCode.Forbidden, (await parent.GetAsync(page)).StatusCode);
    }

    private async Task<long> BookingIdAsync(int childId) => (await BookingsAsync(portal, childId)).Single().Id;

    private static KeyValuePair<string, string>[] Day(int activityId, DateOnly day) => [new("activite", $"{activityId}"), new("jour", Iso(day))];
}

public sealed class DayListTestsOnSqlite(ClockedSqlitePortal portal) : DayListTests<ClockedSqlitePortal>(portal);

public sealed class DayListTestsOnPostgreSql(ClockedPostgreSqlPortal portal) : DayListTests<ClockedPostgreSqlPortal>(portal);
