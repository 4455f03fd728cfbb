namespace DossierFamille.Web.Features.Rgpd;

/// <summary>What a purge deletes at a given instant: the dry run shows it, the workflow applies it.</summary>
/// <param name="Pieces">Files of pièces justificatives past their duration (fiches kept).</param>
/// <param name="Drafts">Fiches never transmitted past their duration, deleted with their files.</param>
/// <param name="DraftFiles">How many files the drafts hold.</param>
/// <param name="AccessLogEntries">Entries of the consultation log older than <paramref name="AccessLogBefore"/>.</param>
/// <param name="ExpiredCopies">Families' data copies whose link has expired, deleted with their zip.</param>
/// <param name="Signatures">The oldest règlement signatures, past their legal duration: the chain's rows before <paramref name="SignaturesBeforeId"/>.</param>
/// <param name="Emails">Emails sent (or given up) before <paramref name="EmailsBefore"/>, deleted with their attachments.</param>
public sealed record PurgePlan(
    IReadOnlyList<PurgeItem> Pieces,
    IReadOnlyList<PurgeItem> Drafts,
    int DraftFiles,
    int AccessLogEntries,
    DateTimeOffset AccessLogBefore,
    int ExpiredCopies,
    int Signatures,
    long SignaturesBeforeId,
    int Emails,
    DateTimeOffset EmailsBefore)
{
    public static PurgePlan Empty { get; } = new([], [], 0, 0, default, 0, 0, 0, 0, default);

    public bool IsEmpty => Pieces.Count == 0 && Drafts.Count == 0 && AccessLogEntries == 0 && ExpiredCopies == 0 && Signatures == 0 && Emails == 0;

    /// <summary>The counts in French, as written in the audit log.</summary>
    public string Summary =>
        $"{Pieces.Count} fichier(s) de pièces justificatives, {Drafts.Count} fiche(s) jamais transmise(s) ({DraftFiles} fichier(s)), {AccessLogEntries} entrée(s) du journal des consultations, {ExpiredCopies} copie(s) de données expirée(s), {Signatures} preuve(s) de signature, {Emails} email(s) envoyé(s)";
}
