namespace DossierFamille.Workflows.Email;

/// <summary>An email asked for by a SendEmail activity; inputs are already evaluated.</summary>
public sealed record WorkflowEmail(string To, string Subject, string HtmlBody, string? TextBody)
{
    public Guid InstanceId { get; init; }

    public string? ActivityId { get; init; }
}
