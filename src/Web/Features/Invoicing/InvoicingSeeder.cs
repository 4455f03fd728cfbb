using DossierFamille.Web.Data;
using DossierFamille.Workflows.Runtime;
using Microsoft.EntityFrameworkCore;

namespace DossierFamille.Web.Features.Invoicing;

/// <summary>
/// At start-up, after the shipped workflows are published: the invoicing settings row, the one "Facturation mensuelle"
/// instance and the one "Relance des factures impayées" instance are created together, in one SaveChanges. Two nodes
/// starting at once both try; the settings row's key lets one of them win, and the other's instances are never written.
/// </summary>
internal sealed class InvoicingSeeder(AppDbContext db, IWorkflowStep workflows) : IDataSeeder
{
    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        if (await db.InvoicingSettings.AnyAsync(cancellationToken))
        {
            return;
        }

        db.InvoicingSettings.Add(new InvoicingSettings());
        await workflows.DispatchAsync(InvoicingWorkflow.DefinitionId, null, InvoicingWorkflow.Correlation, cancellationToken);
        await workflows.DispatchAsync(InvoiceReminderWorkflow.DefinitionId, null, InvoiceReminderWorkflow.Correlation, cancellationToken);
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
