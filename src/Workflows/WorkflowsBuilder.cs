using DossierFamille.Workflows.Activities;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace DossierFamille.Workflows;

/// <summary>Registers activities: <c>builder.AddActivity&lt;ReviewFicheActivity&gt;()</c>.</summary>
public sealed class WorkflowsBuilder(IServiceCollection services)
{
    public IServiceCollection Services { get; } = services;

    public WorkflowsBuilder AddActivity<T>()
        where T : WorkflowActivity
    {
        Services.AddSingleton(new ActivityRegistration(typeof(T)));
        Services.TryAddTransient<T>();
        return this;
    }

    public WorkflowsBuilder Configure(Action<WorkflowOptions> configure)
    {
        Services.Configure(configure);
        return this;
    }
}
