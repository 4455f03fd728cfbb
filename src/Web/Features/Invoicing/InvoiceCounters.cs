using DossierFamille.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace DossierFamille.Web.Features.Invoicing;

/// <summary>
/// Numbers without gaps: the counter row of a (series, year) is incremented inside the issuing transaction. The UPDATE
/// holds the row's lock until that transaction ends, on every provider and across nodes, so a second issuer waits and then
/// reads the first one's committed count; a transaction that rolls back gives its numbers back with it.
/// </summary>
internal sealed class InvoiceCounters(AppDbContext db)
{
    /// <summary>Creates the year's counter in a commit of its own (before the issuing transaction; a row another node inserted meanwhile is simply there).</summary>
    public async Task EnsureAsync(InvoiceKind kind, int year, CancellationToken cancellationToken)
    {
        var series = InvoiceNumber.SeriesOf(kind);
        if (await db.InvoiceCounters.AnyAsync(c => c.Series == series && c.Year == year, cancellationToken))
        {
            return;
        }

        if (db.Database.CurrentTransaction is not null || db.ChangeTracker.HasChanges())
        {
            throw new InvalidOperationException("Le compteur de l'année se crée hors de la transaction qui l'utilise, sans autre modification en attente.");
        }

        var row = db.InvoiceCounters.Add(new InvoiceCounter { Series = series, Year = year });
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Another issuer created it at the same moment.
        }
        finally
        {
            row.State = EntityState.Detached;
        }
    }

    /// <summary>Takes <paramref name="count"/> consecutive numbers inside the caller's transaction and returns the first.</summary>
    public async Task<InvoiceNumber> TakeAsync(InvoiceKind kind, int year, int count, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(count);
        if (db.Database.CurrentTransaction is null)
        {
            throw new InvalidOperationException("Un numéro de facture se prend dans la transaction qui émet la facture.");
        }

        var series = InvoiceNumber.SeriesOf(kind);
        var counter = db.InvoiceCounters.Where(c => c.Series == series && c.Year == year);
        if (await counter.ExecuteUpdateAsync(s => s.SetProperty(c => c.Last, c => c.Last + count), cancellationToken) != 1)
        {
            throw new InvalidOperationException($"Le compteur {series}{year} n'existe pas : appelez EnsureAsync avant.");
        }

        var last = await counter.Select(c => c.Last).SingleAsync(cancellationToken);
        return new InvoiceNumber(kind, year, last - count + 1);
    }
}
