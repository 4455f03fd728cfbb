using DossierFamille.Workflows.Activities;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace DossierFamille.Workflows.Tests.Fixtures;

/// <summary>Adds a domain row and takes ten seconds of the test clock.</summary>
[Activity("Slow", "Lente (test)", "Tests")]
internal sealed class SlowActivity : WorkflowActivity
{
    public override ValueTask<ActivityResult> ExecuteAsync(ActivityExecutionContext context)
    {
        context.Services.GetRequiredService<TestDbContext>().DomainRows.Add(new DomainRow { Id = Guid.NewGuid(), InstanceId = context.InstanceId, Label = context.ActivityId });
        ((FakeTimeProvider)context.TimeProvider).Advance(TimeSpan.FromSeconds(10));
        return ValueTask.FromResult(ActivityResult.Done);
    }
}
