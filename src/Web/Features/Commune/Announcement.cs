namespace DossierFamille.Web.Features.Commune;

/// <summary>A news item of the commune shown on the parents' home page.</summary>
public sealed class Announcement
{
    public int Id { get; set; }

    public required string Title { get; set; }

    public required string Body { get; set; }

    public DateTimeOffset PublishedAt { get; set; }

    /// <summary>Null: for every structure.</summary>
    public int? StructureId { get; set; }

    public Structure? Structure { get; set; }
}
