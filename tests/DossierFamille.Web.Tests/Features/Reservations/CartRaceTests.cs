using System.Net;
using System.Text.RegularExpressions;
using DossierFamille.Web.Data;
using DossierFamille.Web.Features.Reservations;
using DossierFamille.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static DossierFamille.Web.Tests.Features.Reservations.ReservationSteps;

namespace DossierFamille.Web.Tests.Features.Reservations;

/// <summary>Several tabs of one account adding days to the cart at the same moment: every ticked day ends up in the cart once.</summary>
[Trait("Database", "PostgreSql")]
public sealed partial class CartRaceTests(ClockedPostgreSqlPortal portal) : IClassFixture<ClockedPostgreSqlPortal>
{
    private const int Tabs = 8;

    [Fact]
    public async Task Tabs_adding_overlapping_days_at_the_same_moment_keep_every_day_in_the_cart_once()
    {
        var school = await CreateSchoolAsync(portal);
        var family = await portal.CreateFamilyAsync();
        var lea = await AddChildAsync(portal, family, school, "Léa");
        var client = PortalClient.For(portal);
        await client.SignInAsync(family.UserName, TestFamily.Password);
        // Eight school days of one month, far enough for the Thursday rule; every tab ticks the first one and one of its own.
        var first = Monday(portal, 2);
        var days = Enumerable.Range(0, 28).Select(first.AddDays).Where(d => d.Month == first.Month && d.DayOfWeek is not (DayOfWeek.Wednesday or DayOfWeek.Saturday or DayOfWeek.Sunday)).Take(Tabs + 1).ToList();
        Assert.True(days.Count == Tabs + 1, "The month must have enough school days after the clock's date.");
        var token = Token().Match(await client.PageAsync(Calendar(lea, school.Restauration, first))).Groups[1].Value;

        var posts = Enumerable.Range(1, Tabs).Select(async tab =>
        {
            var ticked = new[] { days[0], days[tab] };
            var fields = new List<KeyValuePair<string, string>> { new("enfant", $"{lea}"), new("activite", $"{school.Restauration}"), new("mois", Month(first)), new("__RequestVerificationToken", token) };
            fields.AddRange(ticked.SelectMany(d => new[] { new KeyValuePair<string, string>("jours", Iso(d)), new("affiches", Iso(d)) }));
            using var response = await client.Http.PostAsync(new Uri("/reservations/jours", UriKind.Relative), new FormUrlEncodedContent(fields));
            return response.StatusCode;
        });

        Assert.All(await Task.WhenAll(posts), status => Assert.Equal(HttpStatusCode.Redirect, status));
        await using var scope = portal.Services.CreateAsyncScope();
        var cart = await scope.ServiceProvider.GetRequiredService<AppDbContext>().CartLines.AsNoTracking()
            .Where(l => l.ChildId == lea).OrderBy(l => l.Day).Select(l => l.Day).ToListAsync();
        Assert.Equal(days, cart);
        var page = await client.PageAsync("/reservations/panier");
        Assert.All(days, d => Assert.Contains(BookingFormat.Short(d), page, StringComparison.Ordinal));
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex Token();
}
