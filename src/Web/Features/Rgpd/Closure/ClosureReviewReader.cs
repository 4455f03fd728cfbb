using DossierFamille.Web.Data;
using DossierFamille.Web.Features.Campaigns;
using DossierFamille.Web.Features.Dossier;
using DossierFamille.Web.Features.Reservations;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace DossierFamille.Web.Features.Rgpd.Closure;

/// <summary>Reads the closure requests for the gestionnaires' pages.</summary>
internal sealed class ClosureReviewReader(AppDbContext db, TimeProvider time, IOptions<CampaignOptions> options)
{
    /// <summary>Requests waiting for a decision, then the latest decided ones.</summary>
    public async Task<List<(AccountClosure Closure, string Family, string Account)>> ListAsync(CancellationToken cancellationToken)
    {
        var rows = await db.Set<AccountClosure>().AsNoTracking()
            .OrderBy(c => c.Status == ClosureStatus.Demandee ? 0 : 1).ThenByDescending(c => c.Id).Take(100)
            .Select(c => new
            {
                Closure = c,
                // The family row is gone once nothing the law keeps refers to it any more.
                Family = db.Families.Where(f => f.Id == c.FamilyId).Select(f => f.Name + " (" + f.Reference + ")").FirstOrDefault() ?? "Famille supprimée",
                Account = db.Users.Where(u => u.Id == c.UserId).Select(u => u.DisplayName).Single(),
            })
            .ToListAsync(cancellationToken);
        return [.. rows.Select(r => (r.Closure, r.Family, r.Account))];
    }

    public async Task<ClosureReview?> ReadAsync(int closureId, CancellationToken cancellationToken)
    {
        var closure = await db.Set<AccountClosure>().AsNoTracking().SingleOrDefaultAsync(c => c.Id == closureId, cancellationToken);
        if (closure is null)
        {
            return null;
        }

        var family = await db.Families.AsNoTracking().Include(f => f.Responsables).SingleOrDefaultAsync(f => f.Id == closure.FamilyId, cancellationToken);
        if (family is null)
        {
            return null;
        }

        var account = await db.Users.AsNoTracking().Where(u => u.Id == closure.UserId).Select(u => u.DisplayName).SingleAsync(cancellationToken);
        var remaining = family.Responsables.Where(r => r.UserId is not null && r.UserId != closure.UserId).Select(r => r.FullName).ToList();
        var today = CampaignSchedule.LocalDate(time.GetUtcNow(), options.Value.Zone);
        var bookings = await db.Bookings.AsNoTracking().Where(b => b.FamilyId == family.Id && b.Day >= today && b.State != BookingState.Annulee)
            .Join(db.Children, b => b.ChildId, c => c.Id, (b, c) => new { b.Day, b.State, b.ActivityId, Child = c.FirstName + " " + c.LastName })
            .Join(db.Activities, x => x.ActivityId, a => a.Id, (x, a) => new { x.Day, x.State, x.Child, Activity = a.Name })
            .OrderBy(x => x.Day).ThenBy(x => x.Child).ToListAsync(cancellationToken);
        var campaign = await db.Campaigns.AsNoTracking().Where(c => c.OpensOn <= today).OrderByDescending(c => c.OpensOn).FirstOrDefaultAsync(cancellationToken);
        var fiches = campaign is null ? [] : await db.Fiches.AsNoTracking().Where(f => f.FamilyId == family.Id && f.CampaignId == campaign.Id)
            .OrderBy(f => f.Kind).ThenBy(f => f.Id).ToListAsync(cancellationToken);
        var unanswered = await db.MairieMessages.CountAsync(m => m.FamilyId == family.Id && m.Answer == null, cancellationToken);
        return new ClosureReview(closure, family.Name, family.Reference, account, remaining,
            [.. bookings.Select(b => (b.Child, b.Activity, b.Day, BookingLabels.State(b.State)))],
            [.. fiches.Select(f => (f.Title, FicheLabels.Status(f.Status)))],
            unanswered);
    }
}
