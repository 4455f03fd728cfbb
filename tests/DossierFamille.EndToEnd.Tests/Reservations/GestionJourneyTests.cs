using DossierFamille.EndToEnd.Tests.Infrastructure;
using DossierFamille.Web.Data;
using DossierFamille.Web.Features.Accounts;
using DossierFamille.Web.Features.Reservations;
using DossierFamille.Web.Features.Reservations.Gestion;
using DossierFamille.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static DossierFamille.EndToEnd.Tests.Infrastructure.SignIn;

namespace DossierFamille.EndToEnd.Tests.Reservations;

[Trait("Category", "Reservations")]
public sealed class GestionJourneyTests(BrowserPortal portal) : IClassFixture<BrowserPortal>
{
    private static readonly TimeZoneInfo Paris = TimeZoneInfo.FindSystemTimeZoneById("Europe/Paris");

    [Fact]
    public async Task On_a_phone_a_gestionnaire_accepts_a_child_from_the_waiting_list_prints_the_list_and_takes_the_roll_one_tap_per_child()
    {
        var family = await portal.CreateFamilyAsync();
        var lea = await portal.AddChildAsync(family, "Léa");
        var hugo = await portal.AddChildAsync(family, "Hugo");
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(portal.Clock.GetUtcNow(), Paris).DateTime);
        var activity = await ActivityWithBookingsAsync(family, lea, hugo, today);
        var reference = family.Reference.ToUpperInvariant();

        var page = await portal.NewPageAsync(phone: true);
        await LoginAsync(page, await portal.CreateStaffAsync(Roles.Gestionnaire));
        await page.GotoAsync("/gestion");
        await page.GetByRole(AriaRole.Link, new() { Name = "Réservations et pointage" }).ClickAsync();
        await page.CheckPageAsync();
        await page.GotoAsync(ReservationsGestion.DayPath(activity, today));
        await page.GetByText("capacité 2 · 1 acceptée(s) · 1 en liste d'attente").WaitForAsync();
        await page.CheckPageAsync();

        await page.GetByRole(AriaRole.Button, new() { Name = $"Accepter {reference} Hugo" }).ClickAsync();
        await page.GetByText("Modification enregistrée.").WaitForAsync();
        await page.GetByText("capacité 2 · 2 acceptée(s) · 0 en liste d'attente").WaitForAsync();
        await page.CheckPageAsync();

        await page.GetByRole(AriaRole.Link, new() { Name = "Version imprimable" }).ClickAsync();
        await page.GetByRole(AriaRole.Cell, new() { Name = $"{reference} Hugo" }).WaitForAsync();
        await page.CheckPageAsync();
        await page.GoBackAsync();

        await page.GetByRole(AriaRole.Link, new() { Name = "Pointage", Exact = true }).ClickAsync();
        await page.GetByRole(AriaRole.Heading, new() { Name = $"ATELIER {family.Reference} – {BookingFormat.Long(today)}" }).WaitForAsync();
        await page.CheckPageAsync();
        var present = page.GetByRole(AriaRole.Button, new() { Name = $"Présent : {reference} Léa" });
        var box = await present.BoundingBoxAsync();
        Assert.True(box is { Height: >= 44 }, "A roll button is at least 44 px high: one tap with a thumb.");
        await present.ClickAsync();
        await page.WaitForURLAsync($"**#enfant-{lea}");
        Assert.Equal("true", await page.GetByRole(AriaRole.Button, new() { Name = $"Présent : {reference} Léa" }).GetAttributeAsync("aria-pressed"));
        await page.GetByRole(AriaRole.Button, new() { Name = $"Absent : {reference} Hugo" }).ClickAsync();
        await page.WaitForURLAsync($"**#enfant-{hugo}");
        Assert.Equal("true", await page.GetByRole(AriaRole.Button, new() { Name = $"Absent : {reference} Hugo" }).GetAttributeAsync("aria-pressed"));
        await page.GetByText("1 présent(s) · 1 absent(s)").WaitForAsync();
        await page.CheckPageAsync();

        await using var scope = portal.Services.CreateAsyncScope();
        var marks = await scope.ServiceProvider.GetRequiredService<AppDbContext>().Attendances.AsNoTracking()
            .Where(a => a.ActivityId == activity && a.Day == today).ToDictionaryAsync(a => a.ChildId, a => a.Status);
        Assert.Equal(AttendanceStatus.Present, marks[lea]);
        Assert.Equal(AttendanceStatus.Absent, marks[hugo]);
    }

    /// <summary>An activity of the children's structure with two places today: Léa accepted, Hugo waiting (the capacity was raised since).</summary>
    private async Task<int> ActivityWithBookingsAsync(TestFamily family, int lea, int hugo, DateOnly day)
    {
        await using var scope = portal.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var structureId = await db.Enrolments.Where(e => e.ChildId == lea).Select(e => e.StructureId).FirstAsync();
        var activity = new BookableActivity { StructureId = structureId, Name = $"ATELIER {family.Reference}", StartsAt = new(16, 30), EndsAt = new(18, 0), CapacityPerDay = 2 };
        db.Activities.Add(activity);
        await db.SaveChangesAsync();
        var userId = await db.Users.Where(u => u.UserName == family.UserName).Select(u => u.Id).SingleAsync();
        var familyId = await db.Children.Where(c => c.Id == lea).Select(c => c.FamilyId).SingleAsync();
        db.Bookings.Add(new Booking { FamilyId = familyId, ChildId = lea, ActivityId = activity.Id, Day = day, State = BookingState.Acceptee, UserId = userId });
        db.Bookings.Add(new Booking { FamilyId = familyId, ChildId = hugo, ActivityId = activity.Id, Day = day, State = BookingState.ListeAttente, WaitingSince = 1, UserId = userId });
        await db.SaveChangesAsync();
        return activity.Id;
    }
}
