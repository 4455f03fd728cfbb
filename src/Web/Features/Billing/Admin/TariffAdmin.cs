using DossierFamille.Web.Data;
using DossierFamille.Web.Features.Reservations.Admin;
using DossierFamille.Web.Features.Settings;
using Microsoft.EntityFrameworkCore;

namespace DossierFamille.Web.Features.Billing.Admin;

/// <summary>
/// Admins enter the tariffs of each activity (next year's early) and choose how it is paid; every change goes to the
/// audit log in the same SaveChanges. One tariff per day: the periods of an activity's tariffs never overlap. Invoices
/// already issued keep their amounts.
/// </summary>
internal sealed class TariffAdmin(AppDbContext db, SettingsAudit audit)
{
    /// <summary>Creates (<paramref name="tariffId"/> null) or changes a tariff of the activity; null when either does not exist.</summary>
    public async Task<AdminFormResult?> SaveAsync(int activityId, int? tariffId, TariffInput input, string actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        var tariff = tariffId is { } id
            ? await db.Tariffs.Include(t => t.Brackets).SingleOrDefaultAsync(t => t.Id == id && t.ActivityId == activityId, cancellationToken)
            : new Tariff { ActivityId = activityId };
        if (tariff is null || await SubjectAsync(activityId, cancellationToken) is not { } subject)
        {
            return null;
        }

        var errors = input.Validate();
        if (errors.Count > 0)
        {
            return AdminFormResult.Refused(errors);
        }

        var (from, to) = (input.ValidFrom!.Value, input.ValidTo);
        var others = await db.Tariffs.AsNoTracking().Where(t => t.ActivityId == activityId && t.Id != tariff.Id).ToListAsync(cancellationToken);
        if (others.FirstOrDefault(t => t.Overlaps(from, to)) is { } overlap)
        {
            return AdminFormResult.Refused(
                $"Ces dates chevauchent le tarif {TariffText.Period(overlap)} : un jour n'a qu'un tarif. Donnez d'abord une date de fin à l'autre tarif, ou choisissez d'autres dates.",
                nameof(TariffInput.ValidFrom));
        }

        var before = tariffId is null ? null : TariffText.Describe(tariff);
        input.ApplyTo(tariff);
        var after = TariffText.Describe(tariff);
        if (before == after)
        {
            return new AdminFormResult(tariff.Id, []);
        }

        if (tariffId is null)
        {
            db.Tariffs.Add(tariff);
        }

        audit.Record(actor, subject, before is null ? $"Tarif ajouté : {after}." : $"Tarif modifié : {before} → {after}.");
        await db.SaveChangesAsync(cancellationToken);
        return new AdminFormResult(tariff.Id, []);
    }

    public async Task<string?> SetPaymentModeAsync(int activityId, PaymentMode mode, string actor, CancellationToken cancellationToken)
    {
        if (await SubjectAsync(activityId, cancellationToken) is not { } subject)
        {
            return "Cette activité n'existe plus.";
        }

        var row = await db.ActivityBillings.SingleOrDefaultAsync(b => b.ActivityId == activityId, cancellationToken);
        var before = row?.PaymentMode ?? PaymentMode.MonthlyInvoice;
        if (before == mode)
        {
            return null;
        }

        if (row is null)
        {
            db.ActivityBillings.Add(new ActivityBilling { ActivityId = activityId, PaymentMode = mode });
        }
        else
        {
            row.PaymentMode = mode;
        }

        audit.Record(actor, subject, $"Mode de paiement : {BillingLabels.Of(before)} → {BillingLabels.Of(mode)}.");
        await db.SaveChangesAsync(cancellationToken);
        return null;
    }

    public static string AuditSubject(string activity, string structure) => $"Tarifs « {activity} » ({structure})";

    private async Task<string?> SubjectAsync(int activityId, CancellationToken cancellationToken) =>
        await (from a in db.Activities.AsNoTracking()
               join s in db.Structures on a.StructureId equals s.Id
               where a.Id == activityId
               select new { a.Name, Structure = s.Name }).SingleOrDefaultAsync(cancellationToken) is { } found
            ? AuditSubject(found.Name, found.Structure)
            : null;
}
