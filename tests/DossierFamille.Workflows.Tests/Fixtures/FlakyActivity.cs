using DossierFamille.Workflows.Activities;
using Microsoft.Extensions.DependencyInjection;

namespace DossierFamille.Workflows.Tests.Fixtures;

/// <summary>Adds a domain row, then fails while the switch says so.</summary>
[Activity("Flaky", "Instable (test)", "Tests")]
internal sealed class FlakyActivity : WorkflowActivity
{
    public override ValueTask<ActivityResult> ExecuteAsync(ActivityExecutionContext context)
    {
        context.Services.GetRequiredService<TestDbContext>().DomainRows.Add(new DomainRow { Id = Guid.NewGuid(), InstanceId = context.InstanceId, Label = "flaky" });
        if (context.Services.GetRequiredService<FlakySwitch>().Fail)
        {
            throw new InvalidOperationException("Service externe indisponible");
        }

        return ValueTask.FromResult(ActivityResult.Done);
    }
}
