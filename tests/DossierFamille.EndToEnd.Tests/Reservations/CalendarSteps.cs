using System.Globalization;
using DossierFamille.EndToEnd.Tests.Infrastructure;
using DossierFamille.Web.Data;
using DossierFamille.Web.Features.Commune;
using DossierFamille.Web.Features.Families;
using DossierFamille.Web.Features.Reservations;
using DossierFamille.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;

namespace DossierFamille.EndToEnd.Tests.Reservations;

/// <summary>What a parent does on the booking calendar, shared by the booking journeys.</summary>
internal static class CalendarSteps
{
    public static readonly TimeZoneInfo Paris = TimeZoneInfo.FindSystemTimeZoneById("Europe/Paris");

    /// <summary>The accessible name of a calendar day, as the checkbox (or the hidden text of a day that cannot change) carries it.</summary>
    public static string Cell(DateOnly day, string activity, string state) => $"{BookingFormat.Long(day)}, {activity} : {state}";

    /// <summary>Adds the family's two children, Léa and Hugo, enrolled in the structure for the month's school year (its campaign made if missing).</summary>
    public static async Task<List<Child>> EnrolLeaAndHugoAsync(AppDbContext db, TestFamily family, Structure structure, DateOnly month)
    {
        var campaign = await CampaignOfAsync(db, month);
        var familyId = await db.Families.Where(f => f.Reference == family.Reference).Select(f => f.Id).SingleAsync();
        var children = new[] { ("Léa", 2019), ("Hugo", 2021) }.Select(c =>
        {
            var child = new Child { FamilyId = familyId, FirstName = c.Item1, LastName = family.Reference, BirthDate = new DateOnly(c.Item2, 3, 1) };
            child.Enrolments.Add(new Enrolment { Structure = structure, Campaign = campaign });
            return child;
        }).ToList();
        db.Children.AddRange(children);
        await db.SaveChangesAsync();
        return children;
    }

    /// <summary>"Changer de membre" and the activity, "Afficher", then "Mois suivant" up to the month.</summary>
    public static async Task ShowAsync(IPage page, string child, string activity, DateOnly month)
    {
        await page.GotoAsync("/reservations");
        await page.CheckPageAsync();
        await page.GetByLabel("Changer de membre").SelectOptionAsync(new SelectOptionValue { Label = child });
        var activities = page.GetByLabel("Activité", new() { Exact = true });
        var options = await activities.Locator("option").AllTextContentsAsync();
        await activities.SelectOptionAsync(new SelectOptionValue { Label = options.Single(o => o.StartsWith(activity + " (", StringComparison.Ordinal)) });
        await page.GetByRole(AriaRole.Button, new() { Name = "Afficher" }).ClickAsync();
        var name = BookingFormat.Month(month);
        var title = page.GetByRole(AriaRole.Heading, new() { Name = char.ToUpperInvariant(name[0]) + name[1..], Exact = true });
        for (var i = 0; i < 4 && !await title.IsVisibleAsync(); i++)
        {
            await page.GetByRole(AriaRole.Link, new() { Name = "Mois suivant" }).ClickAsync();
            await page.WaitForLoadStateAsync();
        }

        await title.WaitForAsync();
        await page.CheckPageAsync();
    }

    /// <summary>The campaign of the day's school year, added to the context (not saved) when missing.</summary>
    public static async Task<Campaign> CampaignOfAsync(AppDbContext db, DateOnly day)
    {
        var year = BookingRules.SchoolYearOf(day);
        if (await db.Campaigns.SingleOrDefaultAsync(c => c.SchoolYear == year) is { } campaign)
        {
            return campaign;
        }

        var start = int.Parse(year[..4], CultureInfo.InvariantCulture);
        campaign = new Campaign { SchoolYear = year, OpensOn = new DateOnly(start, 6, 1), ClosesOn = new DateOnly(start + 1, 6, 30) };
        db.Campaigns.Add(campaign);
        return campaign;
    }
}
