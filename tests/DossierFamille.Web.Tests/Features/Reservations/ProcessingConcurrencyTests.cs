using System.Net;
using DossierFamille.Web.Data;
using DossierFamille.Web.Features.Reservations;
using DossierFamille.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static DossierFamille.Web.Tests.Features.Reservations.ReservationSteps;

namespace DossierFamille.Web.Tests.Features.Reservations;

/// <summary>Never overbooked: many parents validating at once on PostgreSQL, while places are freed.</summary>
public sealed class ProcessingConcurrencyTests(ClockedPostgreSqlPortal portal) : IClassFixture<ClockedPostgreSqlPortal>
{
    private const int Capacity = 3;

    [Fact]
    public async Task Parents_validating_at_once_while_others_cancel_never_overbook_a_day_and_every_request_ends_in_one_final_state()
    {
        var school = await CreateSchoolAsync(portal);
        await SetProcessingAsync(portal, school.ApsMatin, BookingProcessingMode.Immediate, Capacity);
        var early = new List<Parent>();
        var late = new List<Parent>();
        for (var i = 0; i < Capacity; i++)
        {
            early.Add(await ParentAsync(school, $"Early{i}"));
        }

        for (var i = 0; i < 40; i++)
        {
            late.Add(await ParentAsync(school, $"Late{i}"));
        }

        // Four rounds, one school week each (within a month, as the calendar's form posts a month; not in
        // the spring holidays): the race is a matter of timing, each round is another chance to lose it.
        foreach (var week in new[] { 1, 2, 3, 5 })
        {
            var monday = Monday(portal, week);
            await RoundAsync(school, early, late, [monday, monday.AddDays(1), monday.AddDays(3), monday.AddDays(4)]);
        }
    }

    private async Task RoundAsync(BookingSchool school, List<Parent> early, List<Parent> late, DateOnly[] days)
    {
        foreach (var parent in early)
        {
            await TickAsync(parent.Client, parent.Child, school.ApsMatin, days);
            var (recap, key) = await RecapAsync(parent.Client);
            using var validated = await ValidateAsync(parent.Client, recap, key);
            Assert.Equal(HttpStatusCode.Redirect, validated.StatusCode);
        }

        // Every late parent books the three days and the early ones give up the second day, all at the same moment.
        foreach (var parent in late)
        {
            await TickAsync(parent.Client, parent.Child, school.ApsMatin, days);
        }

        foreach (var parent in early)
        {
            await TickAsync(parent.Client, parent.Child, school.ApsMatin, [], [days[1]]);
        }

        // Every recap is open first, then all press "Valider définitivement" together.
        var recaps = new List<(PortalClient Client, string Html, string Key)>();
        foreach (var parent in late.Concat(early))
        {
            var (html, key) = await RecapAsync(parent.Client);
            recaps.Add((parent.Client, html, key));
        }

        var answers = await Task.WhenAll(recaps.Select(r => Task.Run(() => ValidateAsync(r.Client, r.Html, r.Key))));
        Assert.All(answers, a => Assert.Equal(HttpStatusCode.Redirect, a.StatusCode));
        Array.ForEach(answers, a => a.Dispose());

        await using var scope = portal.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var children = early.Concat(late).Select(p => p.Child).ToList();
        var bookings = await db.Bookings.AsNoTracking().Where(b => children.Contains(b.ChildId) && days.Contains(b.Day)).ToDictionaryAsync(b => b.Id);
        var requests = await db.BookingRequests.AsNoTracking().Where(r => children.Contains(r.Booking!.ChildId) && days.Contains(r.Booking.Day)).ToListAsync();
        Assert.Equal(((early.Count + late.Count) * days.Length) + early.Count, requests.Count);
        Assert.All(requests, r => Assert.True(r.ProcessedAt is not null && r.Outcome is not null, $"Request {r.Id} has no final state."));
        foreach (var day in days)
        {
            var ofDay = bookings.Values.Where(b => b.Day == day).ToList();
            // Demand exceeds the places: each day is exactly full, never more, and the others wait in a strict order.
            Assert.Equal(Capacity, ofDay.Count(b => b.State == BookingState.Acceptee));
            var waiting = ofDay.Where(b => b.State == BookingState.ListeAttente).ToList();
            Assert.Equal(ofDay.Count - Capacity - ofDay.Count(b => b.State == BookingState.Annulee), waiting.Count);
            Assert.Equal(waiting.Count, waiting.Select(b => b.WaitingSince).Distinct().Count());
        }

        // The second day's freed places went to late parents: accepted at once or promoted from the waiting list.
        var promoted = await db.BookingPromotions.AsNoTracking().Join(db.Bookings, p => p.BookingId, b => b.Id, (p, b) => b)
            .Where(b => children.Contains(b.ChildId) && days.Contains(b.Day)).ToListAsync();
        Assert.All(promoted, b => Assert.Equal(days[1], b.Day));
        var earlyIds = early.Select(e => e.Child).ToHashSet();
        Assert.All(bookings.Values.Where(b => b.Day == days[1] && earlyIds.Contains(b.ChildId)), b => Assert.Equal(BookingState.Annulee, b.State));
        var acceptedAtOnce = requests.Count(r => r.Outcome == BookingOutcome.Acceptee && bookings[r.BookingId] is { } b && b.Day == days[1] && !earlyIds.Contains(b.ChildId));
        Assert.Equal(Capacity, acceptedAtOnce + promoted.Count);
    }

    private async Task<Parent> ParentAsync(BookingSchool school, string name)
    {
        var family = await portal.CreateFamilyAsync();
        var child = await AddChildAsync(portal, family, school, name);
        var client = PortalClient.For(portal);
        await client.SignInAsync(family.UserName, TestFamily.Password);
        return new Parent(child, client);
    }

    private sealed record Parent(int Child, PortalClient Client);
}
