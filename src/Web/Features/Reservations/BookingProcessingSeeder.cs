using DossierFamille.Web.Data;
using DossierFamille.Workflows.Runtime;
using Microsoft.EntityFrameworkCore;

namespace DossierFamille.Web.Features.Reservations;

/// <summary>
/// At start-up, after the shipped workflows are published: the processing settings row and the one
/// "Traitement des réservations" instance are created together, in one SaveChanges. Two nodes
/// starting at once both try; the settings row's key lets one of them win, and the other's instance
/// is never written.
/// </summary>
internal sealed class BookingProcessingSeeder(AppDbContext db, IWorkflowStep workflows) : IDataSeeder
{
    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        if (await db.Set<BookingProcessingSettings>().AnyAsync(cancellationToken))
        {
            return;
        }

        db.Set<BookingProcessingSettings>().Add(new BookingProcessingSettings());
        await workflows.DispatchAsync(BookingProcessingWorkflow.DefinitionId, null, BookingProcessingWorkflow.Correlation, cancellationToken);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // The other node created them.
            db.ChangeTracker.Clear();
        }
    }
}
