namespace DossierFamille.Web.Features.Dossier;

/// <summary>
/// One fiche of a family's yearly dossier: saved as a draft, validated and transmitted (then
/// locked), accepted or refused by a gestionnaire. Its content is a JSON document
/// (<see cref="ResponsableData"/> or <see cref="EnfantData"/>).
/// </summary>
public sealed class Fiche
{
    public int Id { get; set; }

    public int FamilyId { get; set; }

    public int CampaignId { get; set; }

    public FicheKind Kind { get; set; }

    /// <summary>The responsable of a fiche famille (<see cref="FicheKind.Responsable"/>).</summary>
    public int? ResponsableId { get; set; }

    /// <summary>
    /// The responsable (an account) who declared an autre responsable: when the parents are
    /// separated the fiche is theirs alone (<see cref="Families.AccountScope"/>). Null: shared.
    /// </summary>
    public int? DeclaredByResponsableId { get; set; }

    public int? ChildId { get; set; }

    /// <summary>"Fiche famille – Sophie Martin", "Fiche enfant – Léa Martin".</summary>
    public required string Title { get; set; }

    public FicheStatus Status { get; private set; } = FicheStatus.Brouillon;

    public string DataJson { get; private set; } = "{}";

    /// <summary>The accepted content of the previous school year, to show what changed.</summary>
    public string? PreviousDataJson { get; set; }

    public string? Motif { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    public DateTimeOffset? TransmittedAt { get; private set; }

    public DateTimeOffset? DecidedAt { get; private set; }

    public string? DecidedBy { get; private set; }

    /// <summary>Concurrency token: two parents acting at once, or a double click, change it once.</summary>
    public int Revision { get; private set; }

    public List<FichePiece> Pieces { get; } = [];

    public bool IsEditable => Status is FicheStatus.Brouillon or FicheStatus.Refusee;

    /// <summary>An autre responsable added by mistake may be deleted until it is first transmitted (then it is the mairie's record).</summary>
    public bool IsDeletable => Kind == FicheKind.AutreResponsable && TransmittedAt is null;

    public void SaveDraft(string dataJson, DateTimeOffset now)
    {
        EnsureEditable();
        DataJson = dataJson;
        Status = FicheStatus.Brouillon;
        UpdatedAt = now;
        Revision++;
    }

    public void Transmit(DateTimeOffset now)
    {
        EnsureEditable();
        Status = FicheStatus.Transmise;
        TransmittedAt = now;
        Motif = null;
        UpdatedAt = now;
        Revision++;
    }

    /// <summary>Its review is started again (the first was lost); two nodes restarting it at once conflict on the revision.</summary>
    public void RestartReview(DateTimeOffset now)
    {
        if (Status != FicheStatus.Transmise)
        {
            throw new InvalidOperationException($"La fiche {Id} n'est pas transmise ({Status}).");
        }

        UpdatedAt = now;
        Revision++;
    }

    public void Decide(bool accepted, string? motif, string decidedBy, DateTimeOffset now)
    {
        if (Status != FicheStatus.Transmise)
        {
            throw new InvalidOperationException($"La fiche {Id} n'est pas en attente de décision ({Status}).");
        }

        if (!accepted && string.IsNullOrWhiteSpace(motif))
        {
            throw new InvalidOperationException("Un refus doit indiquer un motif.");
        }

        Status = accepted ? FicheStatus.Acceptee : FicheStatus.Refusee;
        Motif = string.IsNullOrWhiteSpace(motif) ? null : motif.Trim();
        DecidedAt = now;
        DecidedBy = decidedBy;
        UpdatedAt = now;
        Revision++;
    }

    public void EnsureEditable()
    {
        if (!IsEditable)
        {
            throw new FicheLockedException(this);
        }
    }
}
