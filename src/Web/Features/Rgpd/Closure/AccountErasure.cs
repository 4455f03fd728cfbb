using DossierFamille.Web.Data;
using DossierFamille.Web.Features.Accounts;
using DossierFamille.Web.Features.Children;
using DossierFamille.Web.Features.Email;
using DossierFamille.Web.Features.Families;
using DossierFamille.Web.Features.Reservations;
using DossierFamille.Web.Features.Rgpd.Copy;
using Microsoft.EntityFrameworkCore;
using DossierFamille.Web.Features.Rgpd.Emails;

namespace DossierFamille.Web.Features.Rgpd.Closure;

/// <summary>
/// Erases a closed account's personal data in the caller's unit of work (the workflow step); files are queued in
/// <see cref="BlobDeletions"/> and deleted by a later step. The rules (README, "RGPD"):
/// <list type="bullet">
/// <item>Always: the account is anonymised (it is referenced by evidence and bookings), its fiches famille of every year
/// with their pieces and history, the autres responsables it declared when the parents are separated (otherwise they
/// become shared), its messages, data copies, accepted texts, cart, booking reports and emails, and its responsable.</item>
/// <item>Another account remains in the family: the children's shared data stays for it (fiches enfant, contacts,
/// bookings, dossier state); their history names the closed account "Responsable (compte fermé)".</item>
/// <item>It was the family's last account: the whole family file goes too; the family and the children referenced by
/// kept records stay, closed and not shown (the family goes too when nothing is kept).</item>
/// <item>Kept as the law requires: règlement signature evidence (the hash chain is untouched) and past bookings
/// (the billing basis), until their own retention ends.</item>
/// </list>
/// </summary>
internal sealed class AccountErasure(AppDbContext db, BlobDeletions files, EmailOutbox outbox)
{
    public const string ClosedActor = "Responsable (compte fermé)";

    public async Task EraseAsync(AccountClosure closure, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(closure);
        var family = await db.Families.Include(f => f.Responsables).SingleAsync(f => f.Id == closure.FamilyId, cancellationToken);
        var user = await db.Users.SingleAsync(u => u.Id == closure.UserId, cancellationToken);
        var own = family.Responsables.FirstOrDefault(r => r.UserId == user.Id);
        var wholeFamily = !family.Responsables.Any(r => r.UserId is not null && r.UserId != user.Id);
        var names = new[] { user.DisplayName, own?.FullName }.OfType<string>().Distinct().ToList();
        var emails = EmailAddresses.Split(own?.Email).Concat(EmailAddresses.Split(user.Email)).Distinct(StringComparer.OrdinalIgnoreCase).ToList();

        await EraseFichesAsync(family, own, wholeFamily, cancellationToken);
        db.MairieMessages.RemoveRange(await db.MairieMessages.Where(m => wholeFamily ? m.FamilyId == family.Id : m.AuthorUserId == user.Id).ToListAsync(cancellationToken));
        await EraseAccountRowsAsync(user.Id, emails, cancellationToken);
        if (wholeFamily)
        {
            await EraseFamilyAsync(family, now, cancellationToken);
        }
        else
        {
            var familyId = family.Id;
            foreach (var entry in await db.FicheEvents.Where(e => names.Contains(e.Actor) && db.Fiches.Any(f => f.Id == e.FicheId && f.FamilyId == familyId)).ToListAsync(cancellationToken))
            {
                entry.Actor = ClosedActor;
            }

            if (own is not null)
            {
                db.Responsables.Remove(own);
            }
        }

        Anonymise(user, closure.Id);
        closure.MarkErased(wholeFamily, now);
        if (emails.Count > 0)
        {
            // Added after the account's emails were removed: this last one is sent.
            await outbox.EnqueueAsync(string.Join(';', emails), new AccountClosedEmail(wholeFamily));
        }
    }

    /// <summary>The fiches to erase with their pieces (files queued), history and access log entries.</summary>
    private async Task EraseFichesAsync(Family family, Responsable? own, bool wholeFamily, CancellationToken cancellationToken)
    {
        var familyId = family.Id;
        var ownId = own?.Id ?? 0;
        var separated = family.ParentsSeparated;
        var fiches = await db.Fiches.Include(f => f.Pieces)
            .Where(f => f.FamilyId == familyId && (wholeFamily || f.ResponsableId == ownId || (separated && f.DeclaredByResponsableId == ownId)))
            .ToListAsync(cancellationToken);
        var ids = fiches.Select(f => f.Id).ToList();
        foreach (var piece in fiches.SelectMany(f => f.Pieces))
        {
            files.Enqueue(piece.BlobName, piece.ThumbnailBlobName);
            db.FichePieces.Remove(piece);
        }

        db.FicheEvents.RemoveRange(await db.FicheEvents.Where(e => ids.Contains(e.FicheId)).ToListAsync(cancellationToken));
        db.Set<DocumentAccess>().RemoveRange(await db.Set<DocumentAccess>().Where(a => ids.Contains(a.FicheId)).ToListAsync(cancellationToken));
        db.Fiches.RemoveRange(fiches);
        if (!wholeFamily && !separated)
        {
            // A couple shares the autres responsables: those this account declared stay, for the other account.
            foreach (var declared in await db.Fiches.Where(f => f.FamilyId == familyId && f.DeclaredByResponsableId == ownId).ToListAsync(cancellationToken))
            {
                declared.DeclaredByResponsableId = null;
            }
        }
    }

    /// <summary>What belongs to the account alone, outside the family file.</summary>
    private async Task EraseAccountRowsAsync(string userId, List<string> emails, CancellationToken cancellationToken)
    {
        foreach (var copy in await db.Set<DataCopy>().Where(c => c.UserId == userId).ToListAsync(cancellationToken))
        {
            files.Enqueue(copy.BlobName);
            db.Set<DataCopy>().Remove(copy);
        }

        db.LegalAcceptances.RemoveRange(await db.LegalAcceptances.Where(a => a.UserId == userId).ToListAsync(cancellationToken));
        db.CartLines.RemoveRange(await db.CartLines.Where(l => l.UserId == userId).ToListAsync(cancellationToken));
        db.Set<ChildRequest>().RemoveRange(await db.Set<ChildRequest>().Where(r => r.UserId == userId).ToListAsync(cancellationToken));
        db.Set<BookingReport>().RemoveRange(await db.Set<BookingReport>().Where(r => r.UserId == userId).ToListAsync(cancellationToken));
        db.UserRoles.RemoveRange(await db.UserRoles.Where(r => r.UserId == userId).ToListAsync(cancellationToken));
        db.UserClaims.RemoveRange(await db.UserClaims.Where(c => c.UserId == userId).ToListAsync(cancellationToken));
        db.UserLogins.RemoveRange(await db.UserLogins.Where(l => l.UserId == userId).ToListAsync(cancellationToken));
        db.UserTokens.RemoveRange(await db.UserTokens.Where(t => t.UserId == userId).ToListAsync(cancellationToken));

        // Emails sent (or still to send) to this account's addresses only: their bodies hold its data.
        var removed = new HashSet<Guid>();
        foreach (var email in emails)
        {
            foreach (var message in await db.Outbox.Where(m => m.To.Contains(email)).ToListAsync(cancellationToken))
            {
                if (EmailAddresses.Split(message.To).All(to => emails.Contains(to, StringComparer.OrdinalIgnoreCase)) && removed.Add(message.Id))
                {
                    files.Enqueue(message.AttachmentBlobName);
                    db.Outbox.Remove(message);
                }
            }
        }
    }

    /// <summary>The family's last account is closed: the rest of the family file goes; records the law keeps stay, not shown.</summary>
    private async Task EraseFamilyAsync(Family family, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var familyId = family.Id;
        var children = await db.Children.Where(c => c.FamilyId == familyId).ToListAsync(cancellationToken);
        var childIds = children.Select(c => c.Id).ToList();
        db.DossiersComplets.RemoveRange(await db.DossiersComplets.Where(d => childIds.Contains(d.ChildId)).ToListAsync(cancellationToken));
        db.Enrolments.RemoveRange(await db.Enrolments.Where(e => childIds.Contains(e.ChildId)).ToListAsync(cancellationToken));
        db.ChildContacts.RemoveRange(await db.ChildContacts.Where(l => childIds.Contains(l.ChildId)).ToListAsync(cancellationToken));
        db.Contacts.RemoveRange(await db.Contacts.Where(c => c.FamilyId == familyId).ToListAsync(cancellationToken));
        var kept = (await db.ReglementSignatures.Where(s => childIds.Contains(s.ChildId)).Select(s => s.ChildId)
            .Union(db.Bookings.Where(b => childIds.Contains(b.ChildId)).Select(b => b.ChildId))
            .Union(db.Attendances.Where(a => childIds.Contains(a.ChildId)).Select(a => a.ChildId)).ToListAsync(cancellationToken)).ToHashSet();
        db.Children.RemoveRange(children.Where(c => !kept.Contains(c.Id)));
        db.Responsables.RemoveRange(family.Responsables);
        if (kept.Count == 0)
        {
            db.Families.Remove(family);
        }
        else
        {
            family.ClosedAt = now;
        }
    }

    /// <summary>The account row stays (signature evidence and bookings point to it) without anything that identifies or opens it.</summary>
    private static void Anonymise(AppUser user, int closureId)
    {
        user.UserName = $"compte-ferme-{closureId}";
        user.NormalizedUserName = user.UserName.ToUpperInvariant();
        user.DisplayName = "Compte fermé";
        user.Email = null;
        user.NormalizedEmail = null;
        user.EmailConfirmed = false;
        user.PhoneNumber = null;
        user.PhoneNumberConfirmed = false;
        user.PasswordHash = null;
        user.TwoFactorEnabled = false;
        user.MustChangePassword = false;
        user.FamilyId = null;
        user.LockoutEnabled = true;
        user.LockoutEnd = DateTimeOffset.MaxValue;
        user.SecurityStamp = Guid.NewGuid().ToString("N");
        user.ConcurrencyStamp = Guid.NewGuid().ToString();
    }
}
