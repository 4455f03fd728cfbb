using DossierFamille.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace DossierFamille.Web.Features.Accounts;

/// <summary>Publishes a new version of the RGPD notice or the CGU: every user is asked to accept it again.</summary>
public sealed class LegalTextPublisher(AppDbContext db, LegalVersions versions, TimeProvider time)
{
    public async Task<LegalText> PublishAsync(LegalTextKind kind, string title, string body, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(title);
        ArgumentException.ThrowIfNullOrWhiteSpace(body);
        var current = await db.LegalTexts.Where(t => t.Kind == kind).MaxAsync(t => (int?)t.Version, cancellationToken) ?? 0;
        var text = new LegalText { Kind = kind, Version = current + 1, Title = title.Trim(), Body = body.Trim(), PublishedAt = time.GetUtcNow() };
        db.LegalTexts.Add(text);
        await db.SaveChangesAsync(cancellationToken);
        versions.Invalidate();
        return text;
    }
}
