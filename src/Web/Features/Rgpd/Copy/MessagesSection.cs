using DossierFamille.Web.Data;
using DossierFamille.Web.Features.Commune;
using Microsoft.EntityFrameworkCore;

namespace DossierFamille.Web.Features.Rgpd.Copy;

/// <summary>The account's messages to the mairie and their answers (separated parents: its own only).</summary>
internal sealed class MessagesSection(AppDbContext db, CommuneTime dates) : ICopySection
{
    public async Task WriteAsync(CopyContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var messages = await context.Scope.Owned(db.MairieMessages.AsNoTracking(), m => m.FamilyId, m => m.AuthorUserId).OrderBy(m => m.SentAt).ToListAsync(cancellationToken);
        await context.Archive.AddJsonAsync("messages.json", messages.Select(m => new { m.SentAt, Author = m.AuthorName, m.Subject, m.Body, m.Answer, m.AnsweredBy, m.AnsweredAt }), cancellationToken);
        await context.Archive.AddHtmlAsync("messages.html", new CopyHtml("Messages à la mairie")
            .Table(["Envoyé le", "Par", "Objet", "Message", "Réponse"], messages.Select(m => (IReadOnlyList<string?>)[
                dates.DateAndTime(m.SentAt), m.AuthorName, m.Subject, m.Body, m.Answer is null ? "Pas encore de réponse" : $"{m.Answer} ({m.AnsweredBy}, le {dates.DateAndTime(m.AnsweredAt)})"])), cancellationToken);
        context.Summarise("Messages à la mairie", $"{messages.Count} message(s) et leurs réponses.", ("messages.html", "Lire (messages.html)"), ("messages.json", "Données (messages.json)"));
    }
}
