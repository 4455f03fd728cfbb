using DossierFamille.Web.Data;
using DossierFamille.Web.Features.Accounts;
using DossierFamille.Web.Features.Billing;
using DossierFamille.Web.Features.Commune;
using DossierFamille.Web.Features.Families;
using DossierFamille.Web.Features.Reservations;
using DossierFamille.Web.Features.Reservations.Gestion;
using Microsoft.Extensions.DependencyInjection;

namespace DossierFamille.Benchmarks.Invoicing;

/// <summary>
/// A commune of <see cref="Families"/> families, one account and one child each, with a month of accepted bookings at their
/// recorded price (APS MATIN and RESTAURATION on school days), one unjustified absence per family and a day present without
/// booking for one family in ten; written in batches, each in a context of its own.
/// </summary>
internal static class BenchCommune
{
    private const int Batch = 500;

    public static async Task<int> SeedAsync(IServiceProvider services, int families, DateOnly month)
    {
        int aps;
        int cantine;
        await using (var scope = services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            var structure = new Structure { Name = "École du banc d'essai", Kind = StructureKind.Ecole };
            db.Structures.Add(structure);
            await db.SaveChangesAsync();
            var apsActivity = new BookableActivity { StructureId = structure.Id, Name = "APS MATIN", StartsAt = new(7, 30), EndsAt = new(8, 20), CapacityPerDay = families };
            var cantineActivity = new BookableActivity { StructureId = structure.Id, Name = "RESTAURATION", StartsAt = new(11, 30), EndsAt = new(13, 20), CapacityPerDay = families };
            db.Activities.AddRange(apsActivity, cantineActivity);
            await db.SaveChangesAsync();
            (aps, cantine) = (apsActivity.Id, cantineActivity.Id);
            var tariff = new Tariff
            {
                ActivityId = aps,
                ValidFrom = month.AddMonths(-1),
                Unit = TariffUnit.Day,
                UnjustifiedAbsence = new PenaltyRule(PenaltyKind.FixedPrice, 2m),
                PresenceWithoutBooking = new PenaltyRule(PenaltyKind.SameAsDay, null),
            };
            tariff.Brackets.AddRange([new TariffBracket { MaxQuotient = 700, Price = 1.10m }, new TariffBracket { Price = 2.35m }]);
            db.Tariffs.Add(tariff);
            await db.SaveChangesAsync();
        }

        var schoolDays = Enumerable.Range(0, DateTime.DaysInMonth(month.Year, month.Month)).Select(month.AddDays)
            .Where(d => d.DayOfWeek is DayOfWeek.Monday or DayOfWeek.Tuesday or DayOfWeek.Thursday or DayOfWeek.Friday).ToList();
        var wednesday = Enumerable.Range(0, 7).Select(month.AddDays).First(d => d.DayOfWeek == DayOfWeek.Wednesday);
        var bookings = 0;
        for (var first = 0; first < families; first += Batch)
        {
            await using var scope = services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            db.ChangeTracker.AutoDetectChangesEnabled = false;
            var batch = Enumerable.Range(first, Math.Min(Batch, families - first)).Select(i => new Family { Reference = $"B{i:00000}", Name = $"FAMILLE{i:00000}", CreatedAt = DateTimeOffset.UtcNow }).ToList();
            db.Families.AddRange(batch);
            await db.SaveChangesAsync();
            var rows = batch.Select((family, n) =>
            {
                var i = first + n;
                var user = new AppUser { Id = Guid.NewGuid().ToString(), UserName = $"bench.{i:00000}", NormalizedUserName = $"BENCH.{i:00000}", Email = $"bench.{i:00000}@test.example", NormalizedEmail = $"BENCH.{i:00000}@TEST.EXAMPLE", DisplayName = $"Parent {i:00000}", FamilyId = family.Id, SecurityStamp = Guid.NewGuid().ToString() };
                var responsable = new Responsable { FamilyId = family.Id, Quality = ResponsableQuality.Mere, FirstName = "Alice", LastName = family.Name, Email = user.Email, UserId = user.Id };
                var child = new Child { FamilyId = family.Id, FirstName = "Léa", LastName = family.Name, BirthDate = new DateOnly(2019, 1 + (i % 12), 1 + (i % 28)) };
                return (family, user, responsable, child, i);
            }).ToList();
            db.Users.AddRange(rows.Select(r => r.user));
            db.Responsables.AddRange(rows.Select(r => r.responsable));
            db.Children.AddRange(rows.Select(r => r.child));
            await db.SaveChangesAsync();
            foreach (var (family, user, _, child, i) in rows)
            {
                var apsPrice = i % 3 == 0 ? 2.35m : 1.10m;
                foreach (var day in schoolDays)
                {
                    db.Bookings.Add(new Booking { FamilyId = family.Id, ChildId = child.Id, ActivityId = aps, Day = day, State = BookingState.Acceptee, UserId = user.Id, Price = apsPrice, UpdatedAt = DateTimeOffset.UtcNow });
                    db.Bookings.Add(new Booking { FamilyId = family.Id, ChildId = child.Id, ActivityId = cantine, Day = day, State = BookingState.Acceptee, UserId = user.Id, Price = 3.05m, UpdatedAt = DateTimeOffset.UtcNow });
                    bookings += 2;
                }

                db.Attendances.Add(new Attendance { ActivityId = aps, Day = schoolDays[i % schoolDays.Count], ChildId = child.Id, FamilyId = family.Id, Status = AttendanceStatus.Absent, MarkedAt = DateTimeOffset.UtcNow, MarkedBy = "Banc d'essai" });
                if (i % 10 == 0)
                {
                    db.Attendances.Add(new Attendance { ActivityId = aps, Day = wednesday, ChildId = child.Id, FamilyId = family.Id, Status = AttendanceStatus.PresentSansReservation, MarkedAt = DateTimeOffset.UtcNow, MarkedBy = "Banc d'essai" });
                }
            }

            await db.SaveChangesAsync();
        }

        return bookings;
    }
}
