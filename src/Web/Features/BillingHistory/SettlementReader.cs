using System.Globalization;
using DossierFamille.Web.Data;
using DossierFamille.Web.Features.Families;
using DossierFamille.Web.Features.Invoicing;
using DossierFamille.Web.Features.Payments;
using DossierFamille.Web.Features.Reservations;
using DossierFamille.Web.Features.Reservations.PayAtBooking;
using Microsoft.EntityFrameworkCore;

namespace DossierFamille.Web.Features.BillingHistory;

/// <summary>
/// "Mes règlements & régularisations": the account's own paid payments (a separated parent never sees the other's,
/// decision 9) with what each paid — invoice numbers, days paid at booking — the credit notes it was given, and its trop
/// payé received (régularisation) and used (règlement).
/// Sorted and filtered in memory: an account has few of them, and SQLite does not order by date and offset.
/// </summary>
internal sealed class SettlementReader(AppDbContext db)
{
    public static readonly string OnlineMode = InvoicePaymentModes.Label(InvoicePaymentMode.EnLigne);

    public const string CreditMode = "Trop payé";

    /// <summary>Newest first; only those between <paramref name="from"/> and <paramref name="to"/> (excluded) when given.</summary>
    public async Task<List<SettlementRow>> ListAsync(AccountScope scope, DateTimeOffset? from, DateTimeOffset? to, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scope);
        var payments = await scope.Owned(db.PaymentOperations.AsNoTracking(), p => p.FamilyId, p => p.UserId)
            .Where(p => p.State == PaymentState.Paid).ToListAsync(cancellationToken);
        var invoices = await InvoiceNumbersAsync(payments, cancellationToken);
        var days = await HeldDaysAsync(payments, cancellationToken);
        var rows = payments.Select(p => new SettlementRow(p.TransactionAt ?? p.SettledAt ?? p.CreatedAt, IsCreditNote: false, OnlineMode, Paid(p, invoices, days), p.Amount)).ToList();

        // Payments at the mairie (the online ones are the PayFiP operations above, the trop payé deducted at issue its use
        // below), dated when the gestionnaire recorded them.
        var atMairie = await scope.Owned(db.InvoicePayments.AsNoTracking(), p => p.FamilyId, p => p.UserId).Where(p => p.PaymentOperationId == null && p.Mode != InvoicePaymentMode.TropPaye)
            .Join(db.Invoices, p => p.InvoiceId, i => i.Id, (p, i) => new { p.RecordedAt, p.Mode, p.Reference, i.Number, p.Amount })
            .ToListAsync(cancellationToken);
        rows.AddRange(atMairie.Select(p => new SettlementRow(p.RecordedAt, IsCreditNote: false, InvoicePaymentModes.Label(p.Mode),
            p.Reference is null ? $"Facture {p.Number}" : $"Facture {p.Number} (réf. {p.Reference})", p.Amount)));

        var notes = await scope.Owned(db.Invoices.AsNoTracking(), i => i.FamilyId, i => i.UserId).Where(i => i.Kind == InvoiceKind.Avoir).ToListAsync(cancellationToken);
        var credited = notes.Select(n => n.CreditedInvoiceId).OfType<long>().Distinct().ToList();
        var creditedNumbers = await db.Invoices.AsNoTracking().Where(i => credited.Contains(i.Id)).ToDictionaryAsync(i => i.Id, i => i.Number, cancellationToken);
        rows.AddRange(notes.Select(n => new SettlementRow(n.IssuedAt, IsCreditNote: true, $"Avoir {n.Number}",
            $"Facture {creditedNumbers.GetValueOrDefault(n.CreditedInvoiceId ?? 0)} : {n.Reason}", n.Total)));

        // The trop payé: received (a régularisation: what the commune owes back, and why) and used (a règlement: what it paid).
        var credits = await scope.Owned(db.CreditMovements.AsNoTracking(), m => m.FamilyId, m => m.UserId).ToListAsync(cancellationToken);
        rows.AddRange(credits.Select(m => new SettlementRow(m.CreatedAt, IsCreditNote: m.Amount > 0, CreditMode, m.Label, Math.Abs(m.Amount))));
        return [.. rows.Where(r => (from is null || r.At >= from) && (to is null || r.At < to)).OrderByDescending(r => r.At)];
    }

    private static string Paid(PaymentOperation payment, Dictionary<string, string> invoices, ILookup<string, string> days) => payment.Purpose switch
    {
        InvoicePaymentPurpose.PurposeKind when invoices.TryGetValue(payment.PurposeReference, out var number) => $"Facture {number}",
        HeldBookingsPurpose.PurposeKind when days[payment.PurposeReference].Any() => $"Réservations payées à la réservation : {string.Join(" ; ", days[payment.PurposeReference])}",
        _ => payment.Objet,
    };

    private async Task<Dictionary<string, string>> InvoiceNumbersAsync(List<PaymentOperation> payments, CancellationToken cancellationToken)
    {
        var ids = payments.Where(p => p.Purpose == InvoicePaymentPurpose.PurposeKind)
            .Select(p => long.TryParse(p.PurposeReference, NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id : 0).ToList();
        return await db.Invoices.AsNoTracking().Where(i => ids.Contains(i.Id))
            .ToDictionaryAsync(i => i.Id.ToString(CultureInfo.InvariantCulture), i => i.Number, cancellationToken);
    }

    /// <summary>Per validation key, "DUPONT Léa – APS MATIN : mar. 05/01, jeu. 07/01" for each child and activity it paid.</summary>
    private async Task<ILookup<string, string>> HeldDaysAsync(List<PaymentOperation> payments, CancellationToken cancellationToken)
    {
        var submissions = payments.Where(p => p.Purpose == HeldBookingsPurpose.PurposeKind)
            .Select(p => Guid.TryParse(p.PurposeReference, out var id) ? id : Guid.Empty).ToList();
        if (submissions.Count == 0)
        {
            return Array.Empty<string>().ToLookup(s => s);
        }

        var days = await (from hold in db.BookingHolds.AsNoTracking().Where(h => submissions.Contains(h.SubmissionId))
                          join booking in db.Bookings.AsNoTracking() on (long?)hold.Id equals booking.HoldId
                          join child in db.Children.AsNoTracking() on booking.ChildId equals child.Id
                          join activity in db.Activities.AsNoTracking() on booking.ActivityId equals activity.Id
                          select new { hold.SubmissionId, child.FirstName, child.LastName, Activity = activity.Name, booking.Day })
            .ToListAsync(cancellationToken);
        return days.GroupBy(d => (d.SubmissionId, Child: BookingMailText.ChildName(d.FirstName, d.LastName), d.Activity))
            .OrderBy(g => g.Key.Child, StringComparer.Ordinal).ThenBy(g => g.Key.Activity, StringComparer.Ordinal)
            .ToLookup(g => g.Key.SubmissionId.ToString(), g => $"{g.Key.Child} – {g.Key.Activity} : {string.Join(", ", g.OrderBy(d => d.Day).Select(d => BookingFormat.Short(d.Day)))}");
    }
}
