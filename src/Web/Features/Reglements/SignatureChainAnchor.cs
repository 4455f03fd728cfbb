namespace DossierFamille.Web.Features.Reglements;

/// <summary>
/// Where the signature chain starts once the RGPD purge has deleted its oldest rows (their legal duration is over): the
/// hash of the last deleted row, which the first remaining row carries as its previous hash. One row, moved forward by
/// each purge; without it the chain starts at <see cref="SignatureChain.Genesis"/>.
/// </summary>
public sealed class SignatureChainAnchor
{
    public const int SingletonId = 1;

    public int Id { get; set; } = SingletonId;

    /// <summary>The last deleted signature.</summary>
    public long AfterSignatureId { get; set; }

    public required string Hash { get; set; }

    /// <summary>How many signatures were deleted since the chain began.</summary>
    public long Deleted { get; set; }

    public DateTimeOffset MovedAt { get; set; }
}
