using System.Text.Json.Nodes;
using DossierFamille.Workflows.Definitions;
using DossierFamille.Workflows.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace DossierFamille.Workflows.Runtime;

internal sealed class WorkflowRuntime(IServiceScopeFactory scopes, TimeProvider timeProvider, IOptions<WorkflowOptions> options) : IWorkflowRuntime
{
    private DateTime Now => timeProvider.GetUtcNow().UtcDateTime;

    public Task<WorkflowStartResult> StartAsync(string definitionId, JsonNode? input, string? correlationId, CancellationToken cancellationToken) =>
        InStepAsync(async (scope, _) =>
        {
            var (row, workflow) = await Published(scope, definitionId, cancellationToken);
            var instance = await scope.GetRequiredService<WorkflowStepExecutor>()
                .StartAsync(new StartWorkItem(NewId(), workflow, row.Version, input, correlationId), cancellationToken);
            return new WorkflowStartResult(instance.Id, instance.Status);
        }, cancellationToken);

    public Task<Guid> DispatchAsync(string definitionId, JsonNode? input, string? correlationId, CancellationToken cancellationToken) =>
        InStepAsync(async (scope, _) =>
        {
            var id = await scope.GetRequiredService<IWorkflowStep>().DispatchAsync(definitionId, input, correlationId, cancellationToken);
            await scope.GetRequiredService<WorkflowDb>().Context.SaveChangesAsync(cancellationToken);
            return id;
        }, cancellationToken);

    public Task<SignalResult> SendSignalAsync(string name, string? correlationId, JsonNode? payload, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        var matchedBefore = false;
        return InStepAsync(async (scope, attempt) =>
        {
            // A retry after a conflict that found bookmarks must not queue the signal: the winner consumed them.
            var result = await scope.GetRequiredService<WorkflowStepExecutor>()
                .SignalAsync(name, correlationId, payload, mayQueue: !(matchedBefore && attempt > 1), cancellationToken);
            matchedBefore |= result.Resumed > 0;
            return result;
        }, cancellationToken);
    }

    public Task<bool> ResumeBookmarkAsync(Guid bookmarkId, JsonNode? payload, CancellationToken cancellationToken) =>
        InStepAsync((scope, _) => scope.GetRequiredService<WorkflowStepExecutor>().ResumeAsync(bookmarkId, payload, cancellationToken), cancellationToken);

    public Task<TaskCompletionResult> CompleteTaskAsync(Guid taskId, string outcome, JsonNode? formData, string user, CancellationToken cancellationToken) =>
        CompleteTaskAsync(taskId, outcome, formData, user, actor: null, cancellationToken);

    public Task<TaskCompletionResult> CompleteTaskAsync(Guid taskId, string outcome, JsonNode? formData, TaskActor actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        return CompleteTaskAsync(taskId, outcome, formData, actor.User, actor, cancellationToken);
    }

    public Task<TaskClaimResult> ClaimTaskAsync(Guid taskId, TaskActor actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        return InStepAsync(async (scope, _) =>
        {
            var db = scope.GetRequiredService<WorkflowDb>();
            var task = await db.Tasks.FindAsync([taskId], cancellationToken);
            if (task is null)
            {
                return TaskClaimResult.NotFound;
            }

            if (!task.IsOfferedTo(actor.User, actor.Roles))
            {
                return TaskClaimResult.Forbidden;
            }

            if (task.Status != HumanTaskStatus.Open)
            {
                return TaskClaimResult.AlreadyCompleted;
            }

            if (task.ClaimedBy is not null)
            {
                return task.ClaimedBy == actor.User ? TaskClaimResult.Claimed : TaskClaimResult.ClaimedByOther;
            }

            task.ClaimedBy = actor.User;
            task.ConcurrencyVersion++;
            await db.Context.SaveChangesAsync(cancellationToken);
            return TaskClaimResult.Claimed;
        }, cancellationToken);
    }

    public Task<bool> CancelAsync(Guid instanceId, CancellationToken cancellationToken) =>
        InStepAsync((scope, _) => scope.GetRequiredService<WorkflowStepExecutor>().CancelAsync(instanceId, cancellationToken), cancellationToken);

    public Task<bool> RetryAsync(Guid instanceId, CancellationToken cancellationToken) =>
        ResolveFaultsAsync(instanceId, "Retry", (execution, runner) =>
        {
            execution.State.Scheduled.InsertRange(0, execution.State.Faulted.Select(f => new ScheduledActivity(f)));
            execution.State.Faulted.Clear();
        }, cancellationToken);

    public Task<bool> SkipAsync(Guid instanceId, CancellationToken cancellationToken) =>
        ResolveFaultsAsync(instanceId, "Skip", (execution, runner) =>
        {
            foreach (var faulted in execution.State.Faulted)
            {
                runner.CompleteWithFirstOutcome(execution, faulted);
            }

            execution.State.Faulted.Clear();
        }, cancellationToken);

    private Task<bool> ResolveFaultsAsync(Guid instanceId, string resolution, Action<WorkflowExecution, WorkflowRunner> resolve, CancellationToken cancellationToken) =>
        InStepAsync(async (scope, _) =>
        {
            var executor = scope.GetRequiredService<WorkflowStepExecutor>();
            var runner = scope.GetRequiredService<WorkflowRunner>();
            await executor.ResolveIncidentsAsync(instanceId, resolution, cancellationToken);
            // A step that failed as a whole (the scheduler's incident) has no faulted activity: its instance
            // is faulted, and resolving it runs what is scheduled and frees its timers.
            return await executor.RunInstanceAsync(instanceId, (entity, execution) =>
            {
                if (execution.State.Faulted.Count == 0 && entity.Status != WorkflowStatus.Faulted)
                {
                    return false;
                }

                resolve(execution, runner);
                return true;
            }, cancellationToken);
        }, cancellationToken);

    /// <summary>Completes a task; a null <paramref name="actor"/> means the host has checked the user's right to it (role and claim).</summary>
    private Task<TaskCompletionResult> CompleteTaskAsync(Guid taskId, string outcome, JsonNode? formData, string user, TaskActor? actor, CancellationToken cancellationToken) =>
        InStepAsync(async (scope, _) =>
        {
            var db = scope.GetRequiredService<WorkflowDb>();
            var task = await db.Tasks.FindAsync([taskId], cancellationToken);
            if (task is null)
            {
                return TaskCompletionResult.NotFound;
            }

            if (actor is not null && !task.IsOfferedTo(actor.User, actor.Roles))
            {
                return TaskCompletionResult.Forbidden;
            }

            if (task.Status != HumanTaskStatus.Open)
            {
                return TaskCompletionResult.AlreadyCompleted;
            }

            if (actor is not null && task.ClaimedBy is not null && task.ClaimedBy != actor.User)
            {
                return TaskCompletionResult.ClaimedByOther;
            }

            if (!task.AllowedOutcomes.Contains(outcome, StringComparer.Ordinal))
            {
                return TaskCompletionResult.InvalidOutcome;
            }

            task.Status = HumanTaskStatus.Completed;
            task.Outcome = outcome;
            task.FormDataJson = formData?.ToJsonString();
            task.CompletedBy = user;
            task.CompletedAt = Now;
            task.ConcurrencyVersion++;
            var payload = new JsonObject { ["outcome"] = outcome, ["formData"] = formData?.DeepClone(), ["user"] = user, ["taskId"] = taskId.ToString() };
            var resumed = await scope.GetRequiredService<WorkflowStepExecutor>().ResumeAsync(task.BookmarkId, payload, cancellationToken);
            return resumed ? TaskCompletionResult.Completed : TaskCompletionResult.AlreadyCompleted;
        }, cancellationToken);

    private static async Task<(WfDefinition Row, CompiledWorkflow Workflow)> Published(IServiceProvider scope, string definitionId, CancellationToken cancellationToken) =>
        await scope.GetRequiredService<DefinitionStore>().FindPublishedAsync(definitionId, cancellationToken)
            ?? throw new WorkflowDefinitionException($"Le workflow '{definitionId}' n'a pas de version publiée.");

    private Guid NewId() => Guid.CreateVersion7(timeProvider.GetUtcNow());

    /// <summary>Runs a step in a fresh scope; a concurrency conflict retries it in a new scope (the loser then sees the winner's result).</summary>
    private async Task<T> InStepAsync<T>(Func<IServiceProvider, int, Task<T>> step, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            await using var scope = scopes.CreateAsyncScope();
            try
            {
                return await step(scope.ServiceProvider, attempt);
            }
            catch (DbUpdateConcurrencyException) when (attempt < options.Value.MaxConcurrencyRetries)
            {
                await Task.Delay(Random.Shared.Next(1, 5 * attempt), cancellationToken);
            }
        }
    }
}
