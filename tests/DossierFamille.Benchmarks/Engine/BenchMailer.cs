using DossierFamille.Workflows.Email;

namespace DossierFamille.Benchmarks.Engine;

internal sealed class BenchMailer(BenchDbContext db) : IWorkflowMailer
{
    public void Enqueue(WorkflowEmail email) =>
        db.Outbox.Add(new BenchOutbox { Id = Guid.NewGuid(), InstanceId = email.InstanceId, To = email.To, Subject = email.Subject, Html = email.HtmlBody });
}
