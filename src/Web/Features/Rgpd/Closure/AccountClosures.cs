using DossierFamille.Web.Data;
using DossierFamille.Web.Features.Accounts;
using DossierFamille.Web.Features.Commune;
using DossierFamille.Web.Features.Email;
using DossierFamille.Web.Features.Families;
using DossierFamille.Workflows.Runtime;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using DossierFamille.Web.Features.Rgpd.Emails;

namespace DossierFamille.Web.Features.Rgpd.Closure;

/// <summary>
/// A parent asks to close their account (with their password); a gestionnaire confirms (the "Fermeture de compte"
/// workflow is dispatched in the same transaction) or refuses with a motif emailed to the parent.
/// </summary>
internal sealed class AccountClosures(AppDbContext db, UserManager<AppUser> users, IWorkflowStep workflows, EmailOutbox outbox, PortalLinks links, TimeProvider time)
{
    public Task<AccountClosure?> LatestAsync(string userId, CancellationToken cancellationToken) =>
        db.Set<AccountClosure>().AsNoTracking().Where(c => c.UserId == userId).OrderByDescending(c => c.Id).FirstOrDefaultAsync(cancellationToken);

    /// <summary>Records the request and tells the mairie; a French error, or null (also when a request is already waiting).</summary>
    public async Task<string?> RequestAsync(AccountScope scope, bool confirmed, string? password, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scope);
        if (!confirmed)
        {
            return "Cochez la case pour confirmer votre demande de fermeture.";
        }

        var user = await users.FindByIdAsync(scope.UserId);
        if (user is null || scope.FamilyId == 0 || !await users.CheckPasswordAsync(user, password ?? string.Empty))
        {
            return "Le mot de passe est incorrect.";
        }

        if (await db.Set<AccountClosure>().AnyAsync(c => c.UserId == user.Id && c.Status == ClosureStatus.Demandee, cancellationToken))
        {
            return null;
        }

        db.Set<AccountClosure>().Add(new AccountClosure { FamilyId = scope.FamilyId, UserId = user.Id, RequestedAt = time.GetUtcNow() });
        var commune = await db.Commune.SingleAsync(cancellationToken);
        await outbox.EnqueueAsync(commune.ContactEmail, new ClosureRequestedEmail(user.DisplayName, links.Absolute(RgpdModule.ClosuresPath)));
        await db.SaveChangesAsync(cancellationToken);
        return null;
    }

    /// <summary>Confirms and dispatches the erasure in one transaction; a French error when it cannot be confirmed now.</summary>
    public async Task<string?> ConfirmAsync(ClosureReview review, string gestionnaire, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(review);
        if (review.Blocker is { } blocker)
        {
            return blocker;
        }

        var closure = await db.Set<AccountClosure>().SingleAsync(c => c.Id == review.Closure.Id, cancellationToken);
        if (!closure.IsPending)
        {
            return "Cette demande a déjà été traitée.";
        }

        closure.Confirm(gestionnaire, time.GetUtcNow());
        await workflows.DispatchAsync(AccountClosureWorkflow.DefinitionId, correlationId: AccountClosureWorkflow.Correlation(closure.Id), cancellationToken: cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return null;
    }

    /// <summary>Refuses with a motif emailed to the parent; a French error when the motif is missing.</summary>
    public async Task<string?> RefuseAsync(int closureId, string? motif, string gestionnaire, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(motif))
        {
            return "Indiquez le motif du refus : il est envoyé à la famille.";
        }

        var closure = await db.Set<AccountClosure>().SingleAsync(c => c.Id == closureId, cancellationToken);
        if (!closure.IsPending)
        {
            return "Cette demande a déjà été traitée.";
        }

        closure.Refuse(gestionnaire, motif, time.GetUtcNow());
        if (await AddressAsync(closure.UserId, cancellationToken) is { Length: > 0 } to)
        {
            await outbox.EnqueueAsync(to, new ClosureRefusedEmail(closure.Motif!, links.Absolute(RgpdModule.ClosePath)));
        }

        await db.SaveChangesAsync(cancellationToken);
        return null;
    }

    /// <summary>The account's addresses: its responsable's, else the account's.</summary>
    public async Task<string?> AddressAsync(string userId, CancellationToken cancellationToken) =>
        await db.Responsables.AsNoTracking().Where(r => r.UserId == userId).Select(r => r.Email).FirstOrDefaultAsync(cancellationToken)
            ?? await db.Users.AsNoTracking().Where(u => u.Id == userId).Select(u => u.Email).SingleOrDefaultAsync(cancellationToken);
}
