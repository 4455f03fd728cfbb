namespace DossierFamille.Web.Features.Children;

/// <summary>
/// A parent's request to change what the mairie holds about a child (name, birth date, school, class) or to declare a
/// new child; a gestionnaire accepts it (the child changes, or is created, in the same transaction) or refuses it with a
/// motif. The request belongs to the account that made it; the child it is about is shared.
/// </summary>
public sealed class ChildRequest
{
    public int Id { get; set; }

    public int FamilyId { get; set; }

    /// <summary>The requesting account (its own request when the parents are separated).</summary>
    public required string UserId { get; set; }

    public required string RequesterName { get; set; }

    public ChildRequestKind Kind { get; set; }

    /// <summary>The child concerned; for a new child, the child created on acceptance.</summary>
    public int? ChildId { get; set; }

    public Families.Child? Child { get; set; }

    public required string FirstName { get; set; }

    public required string LastName { get; set; }

    public DateOnly BirthDate { get; set; }

    /// <summary>The école asked for (a structure of kind École), if any.</summary>
    public int? SchoolId { get; set; }

    public string? SchoolClass { get; set; }

    public string? Comment { get; set; }

    public DateTimeOffset RequestedAt { get; set; }

    /// <summary>Concurrency token: two gestionnaires deciding at once, or a double click, decide once.</summary>
    public ChildRequestStatus Status { get; private set; } = ChildRequestStatus.EnAttente;

    public string? Motif { get; private set; }

    public DateTimeOffset? DecidedAt { get; private set; }

    public string? DecidedBy { get; private set; }

    public bool IsPending => Status == ChildRequestStatus.EnAttente;

    public void Accept(string gestionnaire, DateTimeOffset now) => Decide(ChildRequestStatus.Acceptee, gestionnaire, null, now);

    public void Refuse(string gestionnaire, string motif, DateTimeOffset now)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(motif);
        Decide(ChildRequestStatus.Refusee, gestionnaire, motif.Trim(), now);
    }

    private void Decide(ChildRequestStatus status, string gestionnaire, string? motif, DateTimeOffset now)
    {
        if (!IsPending)
        {
            throw new InvalidOperationException($"The child request {Id} was already decided.");
        }

        Status = status;
        Motif = motif;
        DecidedBy = gestionnaire;
        DecidedAt = now;
    }
}
