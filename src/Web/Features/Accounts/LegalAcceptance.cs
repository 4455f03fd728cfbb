namespace DossierFamille.Web.Features.Accounts;

/// <summary>Evidence that a user accepted a version of a legal text.</summary>
public sealed class LegalAcceptance
{
    public long Id { get; set; }

    public required string UserId { get; set; }

    public LegalTextKind Kind { get; set; }

    public int Version { get; set; }

    public DateTimeOffset AcceptedAt { get; set; }
}
