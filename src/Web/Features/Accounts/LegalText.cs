namespace DossierFamille.Web.Features.Accounts;

/// <summary>A versioned text every user must accept: the RGPD notice or the CGU.</summary>
public sealed class LegalText
{
    public int Id { get; set; }

    public LegalTextKind Kind { get; set; }

    public int Version { get; set; }

    public required string Title { get; set; }

    public required string Body { get; set; }

    public DateTimeOffset PublishedAt { get; set; }
}
