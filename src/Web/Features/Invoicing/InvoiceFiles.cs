using DossierFamille.Storage.Blobs;
using DossierFamille.Web.Data;
using DossierFamille.Web.Features.Accounts;
using DossierFamille.Web.Features.Families;
using Microsoft.EntityFrameworkCore;

namespace DossierFamille.Web.Features.Invoicing;

/// <summary>An account's own invoice PDFs: downloaded, or sent to the account's email address with the PDF attached.</summary>
internal sealed class InvoiceFiles(AppDbContext db, InvoiceReader reader, InvoicePdfs pdfs, IBlobStore blobs, InvoiceMails mails)
{
    public const string NoEmail = "Indiquez une adresse email dans « Mon profil » pour recevoir vos factures par email.";

    /// <summary>The PDF of the account's own invoice (stored now if a crash left it without); null when it is not the account's.</summary>
    public async Task<(Invoice Invoice, BlobContent Content)?> OpenAsync(AccountScope scope, long id, CancellationToken cancellationToken)
    {
        if (await WithPdfAsync(scope, id, cancellationToken) is not { } invoice || await blobs.OpenReadAsync(invoice.PdfBlobName!, cancellationToken) is not { } content)
        {
            return null;
        }

        return (invoice, content);
    }

    /// <summary>Queues the email with the PDF attached to the account's own address; null when not the account's invoice, else a French error or "" once queued.</summary>
    public async Task<string?> SendAsync(AccountScope scope, long id, CancellationToken cancellationToken)
    {
        if (await WithPdfAsync(scope, id, cancellationToken) is not { } invoice)
        {
            return null;
        }

        var email = await db.Users.AsNoTracking().Where(u => u.Id == scope.UserId).Select(u => u.Email).SingleOrDefaultAsync(cancellationToken);
        if (EmailAddresses.Split(email) is not { Length: > 0 } to)
        {
            return NoEmail;
        }

        await mails.SentAsync(string.Join(';', to), invoice, invoice.Kind == InvoiceKind.Avoir ? "l'avoir" : "la facture");
        await db.SaveChangesAsync(cancellationToken);
        return string.Empty;
    }

    private async Task<Invoice?> WithPdfAsync(AccountScope scope, long id, CancellationToken cancellationToken)
    {
        if (scope.IsStaff || await reader.FindAsync(scope, id, cancellationToken) is not { } summary)
        {
            return null;
        }

        if (summary.Invoice.PdfBlobName is null)
        {
            await pdfs.StoreAsync([summary.Invoice], cancellationToken);
            return (await reader.FindAsync(scope, id, cancellationToken))?.Invoice;
        }

        return summary.Invoice;
    }
}
