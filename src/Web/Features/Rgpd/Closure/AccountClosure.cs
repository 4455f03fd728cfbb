namespace DossierFamille.Web.Features.Rgpd.Closure;

/// <summary>
/// A parent's request to close their account (right to erasure, article 17 RGPD), confirmed or refused by a
/// gestionnaire; once confirmed, the "Fermeture de compte" workflow erases the account's data (<see cref="AccountErasure"/>).
/// The row stays as the record that the account was closed, without personal data.
/// </summary>
public sealed class AccountClosure
{
    public int Id { get; set; }

    public int FamilyId { get; set; }

    /// <summary>The account to close (anonymised once closed).</summary>
    public required string UserId { get; set; }

    public DateTimeOffset RequestedAt { get; set; }

    public ClosureStatus Status { get; private set; } = ClosureStatus.Demandee;

    public DateTimeOffset? DecidedAt { get; private set; }

    /// <summary>The gestionnaire who confirmed or refused.</summary>
    public string? DecidedBy { get; private set; }

    /// <summary>Why the mairie refused, as told to the parent.</summary>
    public string? Motif { get; private set; }

    public DateTimeOffset? ErasedAt { get; private set; }

    /// <summary>It was the family's last account: the whole family file was erased.</summary>
    public bool WholeFamily { get; private set; }

    public bool IsPending => Status == ClosureStatus.Demandee;

    public void Confirm(string gestionnaire, DateTimeOffset now) => Decide(ClosureStatus.Confirmee, gestionnaire, null, now);

    public void Refuse(string gestionnaire, string motif, DateTimeOffset now)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(motif);
        Decide(ClosureStatus.Refusee, gestionnaire, motif.Trim(), now);
    }

    public void MarkErased(bool wholeFamily, DateTimeOffset now)
    {
        if (Status != ClosureStatus.Confirmee)
        {
            throw new InvalidOperationException($"La fermeture {Id} n'est pas confirmée ({Status}).");
        }

        Status = ClosureStatus.Effectuee;
        WholeFamily = wholeFamily;
        ErasedAt = now;
    }

    private void Decide(ClosureStatus status, string gestionnaire, string? motif, DateTimeOffset now)
    {
        if (!IsPending)
        {
            throw new InvalidOperationException($"La demande de fermeture {Id} a déjà été traitée ({Status}).");
        }

        Status = status;
        DecidedBy = gestionnaire;
        DecidedAt = now;
        Motif = motif;
    }
}
