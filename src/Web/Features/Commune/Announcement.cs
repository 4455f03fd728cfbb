namespace DossierFamille.Web.Features.Commune;

/// <summary>A news item of the commune shown on the parents' home page from <see cref="PublishedAt"/> until <see cref="EndsAt"/>.</summary>
public sealed class Announcement
{
    public int Id { get; set; }

    public required string Title { get; set; }

    public required string Body { get; set; }

    /// <summary>Shown from this instant (the start of its publication day in the commune).</summary>
    public DateTimeOffset PublishedAt { get; set; }

    /// <summary>Shown until this instant, excluded (the end of its last day); null: until it is deleted.</summary>
    public DateTimeOffset? EndsAt { get; set; }

    /// <summary>Null: for every structure.</summary>
    public int? StructureId { get; set; }

    public Structure? Structure { get; set; }
}
