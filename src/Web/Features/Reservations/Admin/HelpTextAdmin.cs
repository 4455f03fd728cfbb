using DossierFamille.Web.Data;
using DossierFamille.Web.Features.Settings;
using Microsoft.EntityFrameworkCore;

namespace DossierFamille.Web.Features.Reservations.Admin;

/// <summary>Reads the parents' « Aide » text (the default until an admin saves one) and saves a change with its audit entry.</summary>
internal sealed class HelpTextAdmin(AppDbContext db, SettingsAudit audit, TimeProvider time)
{
    public const string AuditSubject = "Aide aux réservations";
    private const int Excerpt = 300;

    public async Task<string> ReadAsync(CancellationToken cancellationToken) =>
        await db.Set<BookingHelpText>().AsNoTracking().Select(h => h.Body).SingleOrDefaultAsync(cancellationToken) ?? BookingHelpText.Default;

    public async Task<AdminFormResult> SaveAsync(HelpTextInput input, string actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        var errors = input.Validate();
        if (errors.Count > 0)
        {
            return AdminFormResult.Refused(errors);
        }

        var body = input.Body!.Trim().ReplaceLineEndings("\n");
        var row = await db.Set<BookingHelpText>().SingleOrDefaultAsync(cancellationToken);
        if ((row?.Body ?? BookingHelpText.Default) == body)
        {
            return new AdminFormResult(BookingHelpText.SingletonId, []);
        }

        if (row is null)
        {
            row = new BookingHelpText { Body = body };
            db.Set<BookingHelpText>().Add(row);
        }

        row.Body = body;
        row.UpdatedAt = time.GetUtcNow();
        audit.Record(actor, AuditSubject, $"Texte de la page d'aide modifié ({body.Length} caractères) : « {(body.Length <= Excerpt ? body : body[..Excerpt] + "…")} ».");
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Two admins saved the first version at the same moment (one row): the other one's text stands.
            db.ChangeTracker.Clear();
            return AdminFormResult.Refused("Un autre administrateur vient d'enregistrer ce texte : rechargez la page et recommencez.", nameof(HelpTextInput.Body));
        }

        return new AdminFormResult(BookingHelpText.SingletonId, []);
    }
}
