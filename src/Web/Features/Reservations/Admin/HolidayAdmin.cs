using DossierFamille.Web.Data;
using DossierFamille.Web.Features.Settings;
using Microsoft.EntityFrameworkCore;

namespace DossierFamille.Web.Features.Reservations.Admin;

/// <summary>
/// Admins correct the holiday periods (the Ministry's dates) and set each one's booking window,
/// which overrides the school-period deadline of the activities that open in holidays. Audited.
/// </summary>
internal sealed class HolidayAdmin(AppDbContext db, SettingsAudit audit)
{
    public const string AuditSubject = "Vacances scolaires";

    /// <summary>Creates (<paramref name="periodId"/> null) or changes a period; null when it does not exist.</summary>
    public async Task<AdminFormResult?> SaveAsync(int? periodId, HolidayInput input, string actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        var period = periodId is { } id ? await db.HolidayPeriods.SingleOrDefaultAsync(p => p.Id == id, cancellationToken) : new HolidayPeriod { Name = string.Empty };
        if (period is null)
        {
            return null;
        }

        var errors = input.Validate();
        if (errors.Count > 0)
        {
            return AdminFormResult.Refused(errors);
        }

        var (first, last) = (input.FirstDay!.Value, input.LastDay!.Value);
        if (await db.HolidayPeriods.AsNoTracking().FirstOrDefaultAsync(p => p.Id != period.Id && p.FirstDay <= last && p.LastDay >= first, cancellationToken) is { } overlap)
        {
            return AdminFormResult.Refused($"Ces dates chevauchent les « {overlap.Name} » ({AdminDates.Range(overlap.FirstDay, overlap.LastDay)}) : un jour ne peut appartenir qu'à une période de vacances.", nameof(HolidayInput.FirstDay));
        }

        var before = periodId is null ? null : Describe(period);
        input.ApplyTo(period);
        var after = Describe(period);
        if (before == after)
        {
            return new AdminFormResult(period.Id, []);
        }

        if (periodId is null)
        {
            db.HolidayPeriods.Add(period);
        }

        audit.Record(actor, AuditSubject, before is null ? $"Ajoutées : {after}." : $"Modifiées : {before} → {after}.");
        await db.SaveChangesAsync(cancellationToken);
        return new AdminFormResult(period.Id, []);
    }

    public async Task<string?> DeleteAsync(int periodId, string actor, CancellationToken cancellationToken)
    {
        if (await db.HolidayPeriods.SingleOrDefaultAsync(p => p.Id == periodId, cancellationToken) is not { } period)
        {
            return "Ces vacances n'existent plus.";
        }

        db.HolidayPeriods.Remove(period);
        audit.Record(actor, AuditSubject, $"Supprimées : {Describe(period)}.");
        await db.SaveChangesAsync(cancellationToken);
        return null;
    }

    private static string Describe(HolidayPeriod period) =>
        $"« {period.Name} » (zone {period.Zone}) {AdminDates.Range(period.FirstDay, period.LastDay)}, réservations ouvertes {AdminDates.Range(period.BookingOpensOn, period.BookingClosesOn)}";
}
