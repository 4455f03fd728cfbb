using DossierFamille.Workflows.Activities;
using Microsoft.Extensions.DependencyInjection;

namespace DossierFamille.Workflows.Tests.Fixtures;

[Activity("AddDomainRow", "Ajouter une ligne (test)", "Tests")]
[ActivityInput("Label", "Libellé", InputKinds.Text, Required = true)]
internal sealed class AddDomainRowActivity : WorkflowActivity
{
    public override ValueTask<ActivityResult> ExecuteAsync(ActivityExecutionContext context)
    {
        context.Services.GetRequiredService<TestDbContext>().DomainRows.Add(new DomainRow { Id = Guid.NewGuid(), InstanceId = context.InstanceId, Label = context.GetRequiredText("Label") });
        return ValueTask.FromResult(ActivityResult.Done);
    }
}
