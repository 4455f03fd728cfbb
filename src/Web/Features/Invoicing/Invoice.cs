namespace DossierFamille.Web.Features.Invoicing;

/// <summary>
/// An invoice of one paying account (family + user: separated parents each get their own, DESIGN.md decision 9), or a
/// credit note correcting one. Immutable once issued: its number, dates, holder, lines and total never change; only
/// where its PDF is stored and whether it is paid or reminded are recorded later. A correction is a credit note
/// (<see cref="IssueCreditNote"/>), numbered in its own series.
/// </summary>
public sealed class Invoice
{
    public long Id { get; init; }

    public InvoiceKind Kind { get; init; }

    /// <summary>"F2026-000123", unique.</summary>
    public required string Number { get; init; }

    public int FamilyId { get; init; }

    /// <summary>The paying account: the invoice is its own.</summary>
    public required string UserId { get; init; }

    /// <summary>The month billed (its first day); with the account, unique: one invoice per account and month. Null on a credit note.</summary>
    public DateOnly? Month { get; init; }

    /// <summary>The invoice a credit note corrects.</summary>
    public long? CreditedInvoiceId { get; init; }

    /// <summary>Why a credit note was issued.</summary>
    public string? Reason { get; init; }

    public DateTimeOffset IssuedAt { get; init; }

    /// <summary>The commune's day of issue.</summary>
    public DateOnly IssueDate { get; init; }

    public DateOnly DueDate { get; init; }

    public required string HolderName { get; init; }

    public required string FamilyReference { get; init; }

    public string? HolderAddress { get; init; }

    /// <summary>Euros: the sum of the lines, each rounded once.</summary>
    public decimal Total { get; init; }

    public List<InvoiceLine> Lines { get; init; } = [];

    /// <summary>The PDF in the blob store, stored right after the issue.</summary>
    public string? PdfBlobName { get; private set; }

    public DateTimeOffset? PaidAt { get; private set; }

    public DateTimeOffset? ReminderSentAt { get; private set; }

    /// <summary>A credit note: the key of the gestionnaire's form, so that a double click issues it once.</summary>
    public Guid? RequestKey { get; init; }

    public bool IsPaid => PaidAt is not null;

    /// <summary>Issues the month's invoice of an account under <paramref name="number"/>.</summary>
    public static Invoice Issue(InvoiceDraft draft, InvoiceNumber number, DateTimeOffset now, DateOnly issueDate, int paymentDays)
    {
        ArgumentNullException.ThrowIfNull(draft);
        if (number.Kind != InvoiceKind.Facture || number.Year != issueDate.Year)
        {
            throw new ArgumentException($"Une facture émise le {issueDate:yyyy-MM-dd} prend un numéro F de son année, pas {number}.", nameof(number));
        }

        if (draft.Lines.Count == 0 || draft.Total <= 0)
        {
            throw new ArgumentException($"Une facture porte sur un montant positif ({draft.Total}).", nameof(draft));
        }

        return new Invoice
        {
            Kind = InvoiceKind.Facture,
            Number = number.ToString(),
            FamilyId = draft.FamilyId,
            UserId = draft.UserId,
            Month = draft.Month,
            IssuedAt = now,
            IssueDate = issueDate,
            DueDate = issueDate.AddDays(paymentDays),
            HolderName = draft.Holder.Name,
            FamilyReference = draft.Holder.FamilyReference,
            HolderAddress = draft.Holder.Address,
            Total = draft.Total,
            Lines = [.. draft.Lines],
        };
    }

    /// <summary>
    /// A credit note giving back <paramref name="amount"/> of this invoice, of which <paramref name="alreadyCredited"/> was
    /// given back before (read under the credit notes' counter lock, so two at once never exceed the invoice).
    /// </summary>
    public Invoice IssueCreditNote(InvoiceNumber number, decimal amount, decimal alreadyCredited, string reason, DateTimeOffset now, DateOnly issueDate, Guid? requestKey = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(reason);
        if (Kind != InvoiceKind.Facture)
        {
            throw new InvalidOperationException($"Un avoir corrige une facture, pas l'avoir {Number}.");
        }

        if (number.Kind != InvoiceKind.Avoir || number.Year != issueDate.Year)
        {
            throw new ArgumentException($"Un avoir émis le {issueDate:yyyy-MM-dd} prend un numéro A de son année, pas {number}.", nameof(number));
        }

        if (amount <= 0 || decimal.Round(amount, 2) != amount || amount + alreadyCredited > Total)
        {
            throw new ArgumentOutOfRangeException(nameof(amount), amount, $"Un avoir sur la facture {Number} ({Total} €, déjà {alreadyCredited} € d'avoirs) porte sur un montant positif au centime, au plus le reste de la facture.");
        }

        return new Invoice
        {
            Kind = InvoiceKind.Avoir,
            RequestKey = requestKey,
            Number = number.ToString(),
            FamilyId = FamilyId,
            UserId = UserId,
            CreditedInvoiceId = Id,
            Reason = reason.Trim(),
            IssuedAt = now,
            IssueDate = issueDate,
            DueDate = issueDate,
            HolderName = HolderName,
            FamilyReference = FamilyReference,
            HolderAddress = HolderAddress,
            Total = amount,
            Lines = [new InvoiceLine { Kind = InvoiceLineKind.Avoir, ChildName = string.Empty, Activity = $"Avoir sur la facture {Number} : {reason.Trim()}", Amount = amount }],
        };
    }

    public void AttachPdf(string blobName)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(blobName);
        PdfBlobName = PdfBlobName is null ? blobName : throw new InvalidOperationException($"La facture {Number} a déjà son PDF.");
    }

    public void MarkPaid(DateTimeOffset at) => PaidAt ??= at;

    public void MarkReminded(DateTimeOffset at) => ReminderSentAt ??= at;
}
