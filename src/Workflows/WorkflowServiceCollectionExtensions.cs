using DossierFamille.Workflows.Activities;
using DossierFamille.Workflows.Activities.BuiltIn;
using DossierFamille.Workflows.Definitions;
using DossierFamille.Workflows.Hosting;
using DossierFamille.Workflows.Management;
using DossierFamille.Workflows.Persistence;
using DossierFamille.Workflows.Runtime;
using DossierFamille.Workflows.Scripting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace DossierFamille.Workflows;

public static class WorkflowServiceCollectionExtensions
{
    /// <summary>
    /// Adds the engine persisting into <typeparamref name="TDbContext"/> (the host's scoped context, whose
    /// model must call <c>ApplyWorkflowModel()</c>). Options bind from section "Workflows" when configured
    /// through <c>services.AddOptions&lt;WorkflowOptions&gt;().BindConfiguration(...)</c>; they are validated at start.
    /// The host must register an <see cref="Email.IWorkflowMailer"/> for SendEmail.
    /// </summary>
    public static IServiceCollection AddWorkflows<TDbContext>(this IServiceCollection services, Action<WorkflowsBuilder>? configure = null)
        where TDbContext : DbContext
    {
        services.AddOptions<WorkflowOptions>().ValidateDataAnnotations().ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddScoped(sp => new WorkflowDb(sp.GetRequiredService<TDbContext>()));
        services.TryAddSingleton<ActivityRegistry>();
        services.TryAddSingleton<WorkflowCompiler>();
        services.TryAddSingleton<WorkflowValidator>();
        services.TryAddSingleton<ScriptEvaluator>();
        services.TryAddSingleton<WorkflowRunner>();
        services.TryAddSingleton<IWorkflowRuntime, WorkflowRuntime>();
        services.TryAddSingleton<WorkflowScheduler>();
        services.TryAddSingleton<SchedulerWakeUp>();
        services.TryAddScoped<DefinitionStore>();
        services.TryAddScoped<WorkflowStepExecutor>();
        services.TryAddScoped<IWorkflowStep, WorkflowStep>();
        services.TryAddScoped<TriggerIndexer>();
        services.TryAddScoped<IWorkflowDefinitionService, WorkflowDefinitionService>();
        services.AddHostedService<WorkflowBackgroundService>();

        var builder = new WorkflowsBuilder(services);
        builder.AddActivity<StartActivity>()
            .AddActivity<EndActivity>()
            .AddActivity<DecisionActivity>()
            .AddActivity<SwitchActivity>()
            .AddActivity<ForkActivity>()
            .AddActivity<JoinActivity>()
            .AddActivity<SetVariableActivity>()
            .AddActivity<DelayActivity>()
            .AddActivity<TimerActivity>()
            .AddActivity<WaitForSignalActivity>()
            .AddActivity<SendSignalActivity>()
            .AddActivity<HumanTaskActivity>()
            .AddActivity<SendEmailActivity>()
            .AddActivity<RunWorkflowActivity>()
            .AddActivity<WriteLineActivity>();
        configure?.Invoke(builder);
        return services;
    }
}
