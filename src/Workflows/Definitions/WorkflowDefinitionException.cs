namespace DossierFamille.Workflows.Definitions;

/// <summary>A definition that cannot be read or run; the message is meant for the admin (French).</summary>
public sealed class WorkflowDefinitionException : Exception
{
    public WorkflowDefinitionException()
    {
    }

    public WorkflowDefinitionException(string message)
        : base(message)
    {
    }

    public WorkflowDefinitionException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
