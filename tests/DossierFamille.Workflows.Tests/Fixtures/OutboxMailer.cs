using DossierFamille.Workflows.Email;

namespace DossierFamille.Workflows.Tests.Fixtures;

/// <summary>What the host does: the email becomes an outbox row of the same DbContext.</summary>
internal sealed class OutboxMailer(TestDbContext db) : IWorkflowMailer
{
    public void Enqueue(WorkflowEmail email) =>
        db.Outbox.Add(new OutboxMessage { Id = Guid.NewGuid(), InstanceId = email.InstanceId, To = email.To, Subject = email.Subject, Html = email.HtmlBody });
}
