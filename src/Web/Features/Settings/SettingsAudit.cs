using DossierFamille.Web.Data;

namespace DossierFamille.Web.Features.Settings;

/// <summary>Records an admin's change in the audit log; saved by the caller with the change itself.</summary>
internal sealed class SettingsAudit(AppDbContext db, TimeProvider time)
{
    public void Record(string actor, string subject, string description) =>
        db.AuditEntries.Add(new AuditEntry { At = time.GetUtcNow(), Actor = actor, Subject = subject, Description = description });
}
