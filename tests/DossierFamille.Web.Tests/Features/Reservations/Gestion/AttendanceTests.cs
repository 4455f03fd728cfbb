using System.Net;
using System.Text.RegularExpressions;
using DossierFamille.Web.Data;
using DossierFamille.Web.Features.Accounts;
using DossierFamille.Web.Features.Dossier;
using DossierFamille.Web.Features.Reservations;
using DossierFamille.Web.Features.Reservations.Gestion;
using DossierFamille.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static DossierFamille.Web.Tests.Features.Reservations.ReservationSteps;

namespace DossierFamille.Web.Tests.Features.Reservations.Gestion;

public abstract partial class AttendanceTests<TPortal>(TPortal portal) : IClassFixture<TPortal>
    where TPortal : PortalFactory, IClockedPortal
{
    [Fact]
    public async Task A_gestionnaire_takes_the_roll_of_a_day_one_tap_per_child_adds_a_child_present_without_booking_and_every_mark_is_audited()
    {
        var school = await CreateSchoolAsync(portal);
        var today = Today(portal);
        var family = await portal.CreateFamilyAsync();
        var lea = await AddChildAsync(portal, family, school, "Léa");
        var hugo = await AddChildAsync(portal, family, school, "Hugo");
        var ines = await AddChildAsync(portal, family, school, "Inès");
        await AddBookingAsync(portal, family, lea, school.Restauration, today);
        await AddBookingAsync(portal, family, hugo, school.Restauration, today);
        await TransmitFicheEnfantAsync(portal, lea, new EnfantData { Pai = true, Allergies = "arachide" });
        var (gestionnaire, name) = await portal.SignedInStaffAsync(Roles.Gestionnaire);
        var sheet = ReservationsGestion.AttendanceSheetPath(school.Restauration, today);
        var reference = family.Reference.ToUpperInvariant();

        var roll = Text(await gestionnaire.PageAsync(sheet));
        Assert.Contains($"{reference} Léa Non pointé PAI Allergies : arachide", roll, StringComparison.Ordinal);
        Assert.Contains($"{reference} Hugo Non pointé Présent", roll, StringComparison.Ordinal);
        Assert.Contains("2 réservé(s) · 0 présent(s)", roll, StringComparison.Ordinal);

        Assert.EndsWith($"#enfant-{lea}", await MarkAsync(gestionnaire, sheet, lea, "present"), StringComparison.Ordinal);
        await MarkAsync(gestionnaire, sheet, hugo, "absent");
        await MarkAsync(gestionnaire, sheet, hugo, "justifiee");
        await MarkAsync(gestionnaire, sheet, ines, "sans-reservation");

        roll = Text(await gestionnaire.PageAsync(sheet));
        Assert.Contains($"{reference} Léa Présent PAI", roll, StringComparison.Ordinal);
        Assert.Contains($"{reference} Hugo Absence justifiée", roll, StringComparison.Ordinal);
        Assert.Contains($"{reference} Inès Présent sans réservation Retirer", roll, StringComparison.Ordinal);
        Assert.Contains("2 réservé(s) · 1 présent(s) · 0 absent(s) · 1 absence(s) justifiée(s) · 1 sans réservation · 0 non pointé(s)", roll, StringComparison.Ordinal);
        Assert.Matches($"""value="present" aria-pressed="true"[^>]*>Présent<span class="visually-hidden"> : {reference} Léa""", await gestionnaire.PageAsync(sheet));

        // A child without booking cannot be marked present as if booked; one added by mistake is removed.
        var refused = await MarkAsync(gestionnaire, sheet, ines, "absent");
        Assert.Contains($"{reference} Inès n'a pas de réservation acceptée ce jour", Uri.UnescapeDataString(refused), StringComparison.Ordinal);
        await MarkAsync(gestionnaire, sheet, ines, "aucun");

        await using var scope = portal.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var marks = await db.Attendances.AsNoTracking().Where(a => a.ActivityId == school.Restauration && a.Day == today).ToDictionaryAsync(a => a.ChildId);
        Assert.Equal(AttendanceStatus.Present, marks[lea].Status);
        Assert.Equal(AttendanceStatus.AbsenceJustifiee, marks[hugo].Status);
        Assert.Equal(name, marks[hugo].MarkedBy);
        Assert.False(marks.ContainsKey(ines));
        var audit = await db.AuditEntries.AsNoTracking().Where(e => e.Subject.StartsWith("Pointage « RESTAURATION »") && e.Description.Contains(reference)).Select(e => e.Description).ToListAsync();
        Assert.Contains($"{BookingFormat.Long(today)} : {reference} Hugo : absent → absence justifiée.", audit);
        Assert.Contains($"{BookingFormat.Long(today)} : {reference} Inès : présent sans réservation → non pointé.", audit);
        Assert.Equal(5, audit.Count);
    }

    [Fact]
    public async Task A_day_to_come_shows_who_is_expected_but_cannot_be_marked_and_parents_never_reach_the_roll()
    {
        var school = await CreateSchoolAsync(portal);
        var tomorrow = Today(portal).AddDays(1);
        var family = await portal.CreateFamilyAsync();
        var lea = await AddChildAsync(portal, family, school, "Léa");
        await AddBookingAsync(portal, family, lea, school.ApsMatin, tomorrow);
        var (gestionnaire, _) = await portal.SignedInStaffAsync(Roles.Gestionnaire);
        var sheet = ReservationsGestion.AttendanceSheetPath(school.ApsMatin, tomorrow);

        var page = await gestionnaire.PageAsync(sheet);
        Assert.Contains("Ce jour est à venir", page, StringComparison.Ordinal);
        Assert.DoesNotContain("name=\"etat\"", page, StringComparison.Ordinal);
        var refused = await MarkAsync(gestionnaire, ReservationsGestion.AttendanceSheetPath(school.ApsMatin, Today(portal)), lea, "present", tomorrow);
        Assert.Contains("Un jour à venir ne se pointe pas encore.", Uri.UnescapeDataString(refused), StringComparison.Ordinal);

        var parent = PortalClient.For(portal);
        await parent.SignInAsync(family.UserName, TestFamily.Password);
        Assert.Equal(HttpStatusCode.Forbidden, (await parent.GetAsync(sheet)).StatusCode);
        await using var scope = portal.Services.CreateAsyncScope();
        Assert.False(await scope.ServiceProvider.GetRequiredService<AppDbContext>().Attendances.AnyAsync(a => a.ChildId == lea));
    }

    /// <summary>Taps a button of the roll (its form, with the page's token) and returns where the portal sent the browser.</summary>
    private static Task<string> MarkAsync(PortalClient client, string sheet, int childId, string state, DateOnly? day = null) =>
        PostAsync(client, sheet, ReservationsGestion.AttendancePath,
        [
            new("activite", ActivityOf().Match(sheet).Groups[1].Value),
            new("jour", day is { } d ? Iso(d) : DayOf().Match(sheet).Groups[1].Value),
            new("enfant", $"{childId}"),
            new("etat", state),
        ]);


    [GeneratedRegex("activite=([0-9]+)")]
    private static partial Regex ActivityOf();

    [GeneratedRegex("jour=([0-9-]+)")]
    private static partial Regex DayOf();
}

public sealed class AttendanceTestsOnSqlite(ClockedSqlitePortal portal) : AttendanceTests<ClockedSqlitePortal>(portal);

public sealed class AttendanceTestsOnPostgreSql(ClockedPostgreSqlPortal portal) : AttendanceTests<ClockedPostgreSqlPortal>(portal);
