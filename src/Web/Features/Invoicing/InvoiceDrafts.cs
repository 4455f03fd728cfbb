using DossierFamille.Web.Data;
using DossierFamille.Web.Features.Billing;
using DossierFamille.Web.Features.Dossier;
using DossierFamille.Web.Features.Reservations;
using DossierFamille.Web.Features.Reservations.Gestion;
using Microsoft.EntityFrameworkCore;

namespace DossierFamille.Web.Features.Invoicing;

/// <summary>Reads what a batch of accounts owes for the month and builds their drafts (<see cref="InvoiceLines"/>); accounts with nothing to pay get none.</summary>
internal sealed class InvoiceDrafts(AppDbContext db, FamilyPricingReader pricingReader)
{
    public async Task<List<(InvoiceDraft Draft, string? Email)>> ReadAsync(InvoicingMonth month, IReadOnlyList<BillableAccount> accounts, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(month);
        var users = accounts.Select(a => a.UserId).ToList();
        var families = accounts.Select(a => a.FamilyId).Distinct().ToList();
        var activityIds = month.Activities.Keys.ToList();
        var (first, last) = (month.First, month.Last);
        var bookings = (await db.Bookings.AsNoTracking()
                .Where(b => users.Contains(b.UserId) && b.State == BookingState.Acceptee && b.Day >= first && b.Day <= last && activityIds.Contains(b.ActivityId))
                .Select(b => new { b.UserId, b.ChildId, b.ActivityId, b.Day, b.Price }).ToListAsync(cancellationToken))
            .ToLookup(b => b.UserId, b => new BilledDay(b.ChildId, b.ActivityId, b.Day, b.Price), StringComparer.Ordinal);
        var absences = await db.Attendances.AsNoTracking()
            .Where(a => families.Contains(a.FamilyId) && a.Day >= first && a.Day <= last && (a.Status == AttendanceStatus.Absent || a.Status == AttendanceStatus.AbsenceJustifiee))
            .ToDictionaryAsync(a => (a.ChildId, a.ActivityId, a.Day), a => a.Status, cancellationToken);
        var children = await db.Children.AsNoTracking().Where(c => families.Contains(c.FamilyId))
            .ToDictionaryAsync(c => c.Id, c => BookingMailText.ChildName(c.FirstName, c.LastName), cancellationToken);
        var pricing = await pricingReader.ReadAsync(families, cancellationToken);
        var holders = await HoldersAsync(accounts, cancellationToken);
        var drafts = new List<(InvoiceDraft, string?)>();
        foreach (var account in accounts)
        {
            var lines = InvoiceLines.Build(
                bookings[account.UserId], absences, month.PresentWithoutBooking[account.UserId], month.Tariffs,
                pricing.For(account.FamilyId, account.UserId), id => children[id], id => month.Activities[id]);
            if (lines.Sum(l => l.Amount) > 0 && holders.TryGetValue(account.UserId, out var holder))
            {
                drafts.Add((new InvoiceDraft(account.FamilyId, account.UserId, month.First, holder, lines), holder.Email));
            }
        }

        return drafts;
    }

    /// <summary>Each account's responsable (name as the booking emails greet, address of the newest accepted fiche famille), else the account's display name.</summary>
    private async Task<Dictionary<string, InvoiceHolder>> HoldersAsync(IReadOnlyList<BillableAccount> accounts, CancellationToken cancellationToken)
    {
        var users = accounts.Select(a => a.UserId).ToList();
        var families = accounts.Select(a => a.FamilyId).Distinct().ToList();
        var references = await db.Families.AsNoTracking().Where(f => families.Contains(f.Id)).ToDictionaryAsync(f => f.Id, f => f.Reference, cancellationToken);
        var responsables = await db.Responsables.AsNoTracking().Where(r => users.Contains(r.UserId!)).ToListAsync(cancellationToken);
        var responsableIds = responsables.Select(r => r.Id).ToList();
        var addresses = (await db.Fiches.AsNoTracking()
                .Where(f => f.Kind == FicheKind.Responsable && f.Status == FicheStatus.Acceptee && responsableIds.Contains(f.ResponsableId!.Value))
                .OrderByDescending(f => f.CampaignId).ThenByDescending(f => f.DecidedAt).ToListAsync(cancellationToken))
            .GroupBy(f => f.ResponsableId!.Value).ToDictionary(g => g.Key, g => FicheContent.Responsable(g.First()).Address);
        var others = await db.Users.AsNoTracking().Where(u => users.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => (u.DisplayName, u.Email), cancellationToken);
        var holders = new Dictionary<string, InvoiceHolder>(StringComparer.Ordinal);
        foreach (var account in accounts)
        {
            var user = others.GetValueOrDefault(account.UserId);
            holders[account.UserId] = responsables.FirstOrDefault(r => r.UserId == account.UserId) is { } responsable
                ? new InvoiceHolder(BookingMailText.Greeting(responsable), references[account.FamilyId], addresses.GetValueOrDefault(responsable.Id), responsable.Email is { Length: > 0 } own ? own : user.Email)
                : new InvoiceHolder(user.DisplayName ?? account.UserId, references[account.FamilyId], null, user.Email);
        }

        return holders;
    }
}
