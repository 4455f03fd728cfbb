using DossierFamille.EndToEnd.Tests.Infrastructure;
using DossierFamille.EndToEnd.Tests.Reservations;
using DossierFamille.Web.Data;
using DossierFamille.Web.Features.Billing;
using DossierFamille.Web.Features.Commune;
using DossierFamille.Web.Features.Families;
using DossierFamille.Web.Features.Reservations;
using DossierFamille.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace DossierFamille.EndToEnd.Tests.Billing;

/// <summary>A new family with one child enrolled in a school of its own whose APS MATIN has a day price, and a day to book.</summary>
internal sealed record PricedSchool(TestFamily Family, int FamilyId, int Child, int Activity, DateOnly Today, DateOnly Day);

internal static class BillingSteps
{
    /// <summary>
    /// A school whose APS MATIN costs <paramref name="price"/> a day from <paramref name="pricedDaysAgo"/> days ago (no QF: the highest
    /// bracket) and is paid as <paramref name="mode"/> (none: the monthly invoice), a family with <paramref name="childName"/>
    /// enrolled, and a Tuesday or Thursday two weeks or more ahead.
    /// </summary>
    public static async Task<PricedSchool> PricedSchoolAsync(BrowserPortal portal, AppDbContext db, string schoolName, string childName, decimal price, int pricedDaysAgo, PaymentMode? mode)
    {
        var family = await portal.CreateFamilyAsync();
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(portal.Clock.GetUtcNow(), CalendarSteps.Paris).DateTime);
        var day = Enumerable.Range(15, 14).Select(today.AddDays).First(d => d.DayOfWeek is DayOfWeek.Tuesday or DayOfWeek.Thursday && !(d.Month == 12 && d.Day == 25));
        var structure = new Structure { Name = $"{schoolName} {family.Reference}", Kind = StructureKind.Ecole };
        db.Structures.Add(structure);
        await db.SaveChangesAsync();
        var aps = new BookableActivity { StructureId = structure.Id, Name = "APS MATIN", StartsAt = new(7, 30), EndsAt = new(8, 20), CapacityPerDay = 20 };
        db.Activities.Add(aps);
        var campaign = await CalendarSteps.CampaignOfAsync(db, day);
        var familyId = await db.Families.Where(f => f.Reference == family.Reference).Select(f => f.Id).SingleAsync();
        var child = new Child { FamilyId = familyId, FirstName = childName, LastName = family.Reference, BirthDate = new DateOnly(2019, 3, 1) };
        child.Enrolments.Add(new Enrolment { Structure = structure, Campaign = campaign });
        db.Children.Add(child);
        await db.SaveChangesAsync();
        var tariff = new Tariff { ActivityId = aps.Id, ValidFrom = today.AddDays(-pricedDaysAgo), Unit = TariffUnit.Day };
        tariff.Brackets.Add(new TariffBracket { MaxQuotient = null, Price = price });
        db.Tariffs.Add(tariff);
        if (mode is { } paidAs)
        {
            db.ActivityBillings.Add(new ActivityBilling { ActivityId = aps.Id, PaymentMode = paidAs });
        }

        await db.SaveChangesAsync();
        return new PricedSchool(family, familyId, child.Id, aps.Id, today, day);
    }
}
