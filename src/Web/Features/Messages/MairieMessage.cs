namespace DossierFamille.Web.Features.Messages;

/// <summary>A message a parent sent through "Contacter la mairie", and its answer.</summary>
public sealed class MairieMessage
{
    public int Id { get; set; }

    public int FamilyId { get; set; }

    public required string AuthorUserId { get; set; }

    public required string AuthorName { get; set; }

    public required string Subject { get; set; }

    public required string Body { get; set; }

    public DateTimeOffset SentAt { get; set; }

    public string? Answer { get; set; }

    public string? AnsweredBy { get; set; }

    public DateTimeOffset? AnsweredAt { get; set; }

    public void AnswerWith(string answer, string staffName, DateTimeOffset at)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(answer);
        Answer = answer.Trim();
        AnsweredBy = staffName;
        AnsweredAt = at;
    }
}
