using DossierFamille.Web.Data;
using DossierFamille.Web.Features.Commune;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace DossierFamille.Web.Features.Reservations;

/// <summary>The demo commune's activities for its two structures and this school year's calendar, so that a fresh run shows a real calendar.</summary>
internal sealed class DemoBookingSeeder(AppDbContext db, TimeProvider time, IOptions<DatabaseOptions> options) : IDataSeeder
{
    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        if (!options.Value.SeedDemoData || await db.Activities.AnyAsync(cancellationToken))
        {
            return;
        }

        var structures = await db.Structures.ToListAsync(cancellationToken);
        if (structures.FirstOrDefault(s => s.Kind == StructureKind.Ecole) is not { } ecole
            || structures.FirstOrDefault(s => s.Kind == StructureKind.AccueilDeLoisirs) is not { } alsh)
        {
            return;
        }

        const string Info = "Toute réservation non annulée dans les délais est facturée, sauf absence justifiée par un certificat médical.";
        db.Activities.AddRange(
            new BookableActivity { StructureId = ecole.Id, Name = "APS MATIN", StartsAt = new(7, 30), EndsAt = new(8, 20), CapacityPerDay = 60, ParentInformation = "Accueil du matin à l'école, à partir de 7 h 30. " + Info },
            new BookableActivity { StructureId = ecole.Id, Name = "RESTAURATION", StartsAt = new(11, 30), EndsAt = new(13, 20), CapacityPerDay = 180, ParentInformation = "Signalez toute allergie dans la fiche enfant (PAI). " + Info },
            new BookableActivity { StructureId = ecole.Id, Name = "APS SOIR", StartsAt = new(16, 30), EndsAt = new(18, 30), CapacityPerDay = 80, ParentInformation = "Goûter fourni. Départ des enfants jusqu'à 18 h 30. " + Info },
            new BookableActivity
            {
                StructureId = alsh.Id, Name = "MERCREDI", StartsAt = new(8, 0), EndsAt = new(18, 0), Weekdays = WeekdaySet.Wednesday, CapacityPerDay = 40,
                BookingDeadline = BookingDeadlineRule.DaysBeforeAt(7, new TimeOnly(12, 0)), CancellationDeadline = BookingDeadlineRule.DaysBeforeAt(7, new TimeOnly(12, 0)),
                ParentInformation = "Journée complète aux Lucioles, repas compris. " + Info,
            },
            new BookableActivity
            {
                StructureId = alsh.Id, Name = "ACCUEIL VACANCES", StartsAt = new(8, 0), EndsAt = new(18, 0), Weekdays = WeekdaySet.Weekdays, OpensInSchoolPeriods = false, OpensInHolidays = true,
                CapacityPerDay = 48, CancellationRefundable = false, ParentInformation = "Inscriptions à la journée pendant les vacances scolaires, dans la période d'ouverture des réservations. " + Info,
            });
        var today = DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
        foreach (var startYear in new[] { today.Month >= 9 ? today.Year : today.Year - 1 }.SelectMany(y => new[] { y, y + 1 }))
        {
            db.HolidayPeriods.AddRange(SchoolCalendar.ZoneC(startYear));
            db.ClosedDays.AddRange(SchoolCalendar.PublicHolidays(startYear).Select(h => new ClosedDay { Day = h.Day, Label = h.Label }));
            db.ClosedDays.Add(new ClosedDay { Day = SchoolCalendar.AscensionBridge(startYear), Label = "Pont de l'Ascension" });
        }

        await db.SaveChangesAsync(cancellationToken);
    }
}
