namespace DossierFamille.Web.Features.Reglements;

/// <summary>
/// Evidence that a responsable acknowledged a règlement intérieur for a child. Rows are only
/// ever added; each carries the hash of the previous one, so a changed or removed row breaks
/// the chain (<see cref="SignatureChain"/>).
/// </summary>
public sealed class ReglementSignature
{
    public long Id { get; set; }

    public int ReglementId { get; set; }

    public int StructureId { get; set; }

    public int ChildId { get; set; }

    public int FamilyId { get; set; }

    public required string UserId { get; set; }

    public required string SchoolYear { get; set; }

    public int DocumentVersion { get; set; }

    public required string DocumentSha256 { get; set; }

    /// <summary>Name, place, date and time as the parent typed them.</summary>
    public required string SignerName { get; set; }

    public required string Place { get; set; }

    public required string SignedOn { get; set; }

    public DateTimeOffset ServerUtc { get; set; }

    public required string IpAddress { get; set; }

    public required string UserAgent { get; set; }

    public required string Wording { get; set; }

    public required string PreviousHash { get; set; }

    public required string Hash { get; set; }
}
