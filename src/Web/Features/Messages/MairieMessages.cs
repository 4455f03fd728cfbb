using DossierFamille.Web.Data;
using DossierFamille.Web.Features.Accounts;
using DossierFamille.Web.Features.Commune;
using DossierFamille.Web.Features.Email;
using DossierFamille.Web.Features.Families;
using DossierFamille.Web.Features.Messages.Emails;
using Microsoft.EntityFrameworkCore;

namespace DossierFamille.Web.Features.Messages;

/// <summary>"Contacter la mairie": a parent writes, the mairie is notified, a gestionnaire answers.</summary>
public sealed class MairieMessages(AppDbContext db, EmailOutbox outbox, PortalLinks links, TimeProvider time)
{
    public const int MaxBodyLength = 4000;

    /// <summary>The messages the account reaches: its own when the parents are separated, the family's otherwise.</summary>
    public Task<List<MairieMessage>> ForAccountAsync(AccountScope scope, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scope);
        return scope.Owned(db.MairieMessages, m => m.FamilyId, m => m.AuthorUserId).OrderByDescending(m => m.Id).ToListAsync(cancellationToken);
    }

    public async Task<MairieMessage> SendAsync(int familyId, string userId, string authorName, string subject, string body, CancellationToken cancellationToken)
    {
        var message = new MairieMessage
        {
            FamilyId = familyId,
            AuthorUserId = userId,
            AuthorName = authorName,
            Subject = subject.Trim(),
            Body = body.Trim(),
            SentAt = time.GetUtcNow(),
        };
        db.MairieMessages.Add(message);
        var commune = await db.Commune.SingleAsync(cancellationToken);
        await outbox.EnqueueAsync(commune.ContactEmail, new NewFamilyMessageEmail(authorName, message.Subject, message.Body, links.Absolute("/gestion/messages")));
        await db.SaveChangesAsync(cancellationToken);
        return message;
    }

    public async Task<bool> AnswerAsync(int messageId, string answer, string staffName, CancellationToken cancellationToken)
    {
        var message = await db.MairieMessages.SingleOrDefaultAsync(m => m.Id == messageId, cancellationToken);
        if (message is null || message.Answer is not null)
        {
            return false;
        }

        message.AnswerWith(answer, staffName, time.GetUtcNow());
        var recipient = await db.Responsables.Where(r => r.UserId == message.AuthorUserId).Select(r => r.Email).FirstOrDefaultAsync(cancellationToken);
        if (EmailAddresses.Split(recipient).Length > 0)
        {
            await outbox.EnqueueAsync(recipient!, new MairieAnswerEmail(message.AuthorName, message.Subject, links.Absolute("/contact")));
        }

        await db.SaveChangesAsync(cancellationToken);
        return true;
    }
}
