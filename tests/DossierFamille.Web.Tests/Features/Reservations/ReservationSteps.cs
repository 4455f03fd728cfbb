using System.Net;
using System.Text.RegularExpressions;
using DossierFamille.Web.Data;
using DossierFamille.Web.Features.Commune;
using DossierFamille.Web.Features.Dossier;
using DossierFamille.Web.Features.Families;
using DossierFamille.Web.Features.Reservations;
using DossierFamille.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DossierFamille.Web.Tests.Features.Reservations;

/// <summary>A school of its own per test, with its activities, and the children of a test family enrolled in it for the clock's school year.</summary>
internal sealed record BookingSchool(int StructureId, int ApsMatin, int Restauration, int Garderie);

internal static partial class ReservationSteps
{
    public static readonly TimeZoneInfo Paris = TimeZoneInfo.FindSystemTimeZoneById("Europe/Paris");

    public static DateOnly Today(IClockedPortal portal) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(portal.Clock.GetUtcNow(), Paris).DateTime);

    /// <summary>The Monday <paramref name="weeks"/> weeks after this week's.</summary>
    public static DateOnly Monday(IClockedPortal portal, int weeks) => CalendarMonth.MondayOf(Today(portal)).AddDays(7 * weeks);

    public static string Iso(DateOnly day) => day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    public static string Month(DateOnly day) => day.ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture);

    public static async Task<BookingSchool> CreateSchoolAsync(PortalFactory portal)
    {
        await using var scope = portal.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var structure = new Structure { Name = $"École {Guid.NewGuid():N}"[..20], Kind = StructureKind.Ecole };
        db.Structures.Add(structure);
        await db.SaveChangesAsync();
        var aps = new BookableActivity { StructureId = structure.Id, Name = "APS MATIN", StartsAt = new(7, 30), EndsAt = new(8, 20), CapacityPerDay = 20 };
        var cantine = new BookableActivity { StructureId = structure.Id, Name = "RESTAURATION", StartsAt = new(11, 30), EndsAt = new(13, 20), CapacityPerDay = 100 };
        var garderie = new BookableActivity { StructureId = structure.Id, Name = "GARDERIE", StartsAt = new(8, 0), EndsAt = new(8, 30), CapacityPerDay = 10 };
        db.Activities.AddRange(aps, cantine, garderie);
        await db.SaveChangesAsync();
        return new BookingSchool(structure.Id, aps.Id, cantine.Id, garderie.Id);
    }

    /// <summary>Sets how an activity's requests are processed and its places per day, as an admin would.</summary>
    public static async Task SetProcessingAsync(PortalFactory portal, int activityId, BookingProcessingMode mode, int capacity)
    {
        await using var scope = portal.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<AppDbContext>().Activities.Where(a => a.Id == activityId)
            .ExecuteUpdateAsync(u => u.SetProperty(a => a.ProcessingMode, mode).SetProperty(a => a.CapacityPerDay, capacity));
    }

    /// <summary>Adds a child enrolled in the school for the school year of the portal's clock.</summary>
    public static async Task<int> AddChildAsync(IClockedPortal clocked, TestFamily family, BookingSchool school, string firstName)
    {
        var portal = (PortalFactory)clocked;
        await using var scope = portal.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var year = BookingRules.SchoolYearOf(Today(clocked));
        var campaign = await db.Campaigns.SingleOrDefaultAsync(c => c.SchoolYear == year);
        if (campaign is null)
        {
            var start = int.Parse(year[..4], System.Globalization.CultureInfo.InvariantCulture);
            campaign = new Campaign { SchoolYear = year, OpensOn = new DateOnly(start, 6, 1), ClosesOn = new DateOnly(start + 1, 6, 30) };
            db.Campaigns.Add(campaign);
        }

        var familyId = await db.Families.Where(f => f.Reference == family.Reference).Select(f => f.Id).SingleAsync();
        var child = new Child { FamilyId = familyId, FirstName = firstName, LastName = family.Reference, BirthDate = new DateOnly(2020, 1, firstName.Length) };
        child.Enrolments.Add(new Enrolment { StructureId = school.StructureId, Campaign = campaign });
        db.Children.Add(child);
        await db.SaveChangesAsync();
        return child.Id;
    }

    public static string Calendar(int childId, int activityId, DateOnly month) => $"/reservations?enfant={childId}&activite={activityId}&mois={Month(month)}";

    /// <summary>Ticks <paramref name="ticked"/> among <paramref name="shown"/> and adds them to the cart, as the calendar's form does.</summary>
    public static async Task<string> TickAsync(PortalClient client, int childId, int activityId, IEnumerable<DateOnly> ticked, IEnumerable<DateOnly>? shown = null)
    {
        var days = ticked.ToList();
        var month = days.Concat(shown ?? []).First();
        var fields = new List<KeyValuePair<string, string>> { new("enfant", $"{childId}"), new("activite", $"{activityId}"), new("mois", Month(month)) };
        fields.AddRange(days.Select(d => new KeyValuePair<string, string>("jours", Iso(d))));
        fields.AddRange((shown ?? days).Select(d => new KeyValuePair<string, string>("affiches", Iso(d))));
        return await PostAsync(client, Calendar(childId, activityId, month), "/reservations/jours", fields);
    }

    /// <summary>Posts a form of <paramref name="pageUrl"/> (for its antiforgery token) and returns the redirect's path.</summary>
    public static async Task<string> PostAsync(PortalClient client, string pageUrl, string action, IEnumerable<KeyValuePair<string, string>> fields)
    {
        var html = await client.PageAsync(pageUrl);
        var content = new List<KeyValuePair<string, string>>(fields) { new("__RequestVerificationToken", Token().Match(html).Groups[1].Value) };
        using var response = await client.Http.PostAsync(new Uri(action, UriKind.Relative), new FormUrlEncodedContent(content));
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"POST {action} answered {(int)response.StatusCode}");
        return response.RedirectPath()!;
    }

    /// <summary>Opens the recap and returns its submission key.</summary>
    public static async Task<(string Html, string Key)> RecapAsync(PortalClient client, string query = "")
    {
        var html = await client.PageAsync($"/reservations/recapitulatif{query}");
        var key = SubmissionKey().Match(html);
        Assert.True(key.Success, "The recap has no 'Valider définitivement' form.");
        return (html, key.Groups[1].Value);
    }

    /// <summary>"Valider définitivement" (or "Payer"), with the services whose trop payé is used ("Utiliser trop payé").</summary>
    public static async Task<HttpResponseMessage> ValidateAsync(PortalClient client, string recapHtml, string key, params int[] tropPaye) =>
        await client.Http.PostAsync(new Uri("/reservations/valider", UriKind.Relative), new FormUrlEncodedContent(
            new List<KeyValuePair<string, string>> { new("demande", key), new("__RequestVerificationToken", Token().Match(recapHtml).Groups[1].Value) }
                .Concat(tropPaye.Select(s => new KeyValuePair<string, string>("tropPaye", $"{s}")))));

    public static async Task<List<Booking>> BookingsAsync(PortalFactory portal, int childId)
    {
        await using var scope = portal.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<AppDbContext>().Bookings.AsNoTracking().Where(b => b.ChildId == childId).OrderBy(b => b.Day).ToListAsync();
    }

    /// <summary>Records a booking in a given state, as the processing would have left it (the account booking it is the family's first).</summary>
    public static async Task AddBookingAsync(PortalFactory portal, TestFamily family, int childId, int activityId, DateOnly day, BookingState state = BookingState.Acceptee, long? waitingSince = null)
    {
        await using var scope = portal.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var userId = await db.Users.Where(u => u.UserName == family.UserName).Select(u => u.Id).SingleAsync();
        var familyId = await db.Children.Where(c => c.Id == childId).Select(c => c.FamilyId).SingleAsync();
        db.Bookings.Add(new Booking { FamilyId = familyId, ChildId = childId, ActivityId = activityId, Day = day, State = state, WaitingSince = waitingSince, UserId = userId });
        await db.SaveChangesAsync();
    }

    /// <summary>Transmits a fiche enfant with this fiche sanitaire for the child's school year.</summary>
    public static async Task TransmitFicheEnfantAsync(IClockedPortal clocked, int childId, EnfantData data)
    {
        await using var scope = ((PortalFactory)clocked).Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var child = await db.Children.Include(c => c.Enrolments).SingleAsync(c => c.Id == childId);
        var fiche = new Fiche { FamilyId = child.FamilyId, CampaignId = child.Enrolments[0].CampaignId, Kind = FicheKind.Enfant, ChildId = childId, Title = $"Fiche enfant – {child.FullName}" };
        fiche.SaveDraft(FicheContent.Serialize(data), clocked.Clock.GetUtcNow());
        fiche.Transmit(clocked.Clock.GetUtcNow());
        db.Fiches.Add(fiche);
        await db.SaveChangesAsync();
    }

    /// <summary>The page's text with its markup and spacing folded, as it reads.</summary>
    public static string Text(string html) => Regex.Replace(Regex.Replace(html, "<[^>]+>", " "), @"\s+", " ");

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex Token();

    [GeneratedRegex("name=\"demande\" value=\"([0-9a-f-]{36})\"")]
    private static partial Regex SubmissionKey();
}
