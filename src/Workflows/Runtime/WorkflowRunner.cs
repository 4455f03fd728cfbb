using System.Diagnostics;
using System.Text.Json.Nodes;
using DossierFamille.Workflows.Activities;
using DossierFamille.Workflows.Activities.BuiltIn;
using DossierFamille.Workflows.Definitions;
using DossierFamille.Workflows.Scripting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace DossierFamille.Workflows.Runtime;

/// <summary>
/// Runs a flowchart in memory: executes scheduled activities, follows outcome ports, handles
/// joins, bookmarks and faults. Persistence is not its business (see WorkflowStepExecutor).
/// </summary>
internal sealed class WorkflowRunner(ScriptEvaluator scripts, TimeProvider timeProvider, IOptions<WorkflowOptions> options)
{
    public ValueTask StartAsync(WorkflowExecution execution, string? triggerActivityId, JsonNode? triggerPayload)
    {
        if (triggerActivityId is not null)
        {
            execution.State.Scheduled.Add(new ScheduledActivity(triggerActivityId, Triggered: true, triggerPayload));
        }
        else
        {
            foreach (var root in execution.Workflow.Roots)
            {
                execution.State.Scheduled.Add(new ScheduledActivity(root));
            }
        }

        return RunAsync(execution);
    }

    /// <summary>Resumes a bookmark; <paramref name="zeroWait"/> when its timer was due as soon as it was set.</summary>
    public async ValueTask ResumeAsync(WorkflowExecution execution, Guid bookmarkId, JsonNode? bookmarkPayload, JsonNode? payload, bool zeroWait = false)
    {
        if (!execution.State.Waiting.Remove(bookmarkId, out var activityId))
        {
            throw new InvalidOperationException($"Bookmark {bookmarkId} is not open on instance {execution.InstanceId}.");
        }

        var activity = execution.Workflow.Activities[activityId];
        var state = execution.State;
        state.ZeroWaitResumes = zeroWait ? state.ZeroWaitResumes + 1 : 0;
        if (state.ZeroWaitResumes > options.Value.MaxZeroWaitResumes)
        {
            state.ZeroWaitResumes = 0;
            Fault(execution, activity, new InvalidOperationException(
                $"Plus de {options.Value.MaxZeroWaitResumes} reprises de suite sans attente réelle (délai nul dans une boucle ?) : l'instance est arrêtée."));
            return;
        }

        await ExecuteAsync(execution, activity, resume: true, triggered: false, payload, bookmarkPayload);
        await RunAsync(execution);
    }

    /// <summary>
    /// Runs what is scheduled (after a retry or a dispatch). Past the step's time budget, the next
    /// activity is faulted (an incident) and the rest stays scheduled: a retry goes on from there.
    /// </summary>
    public async ValueTask RunAsync(WorkflowExecution execution)
    {
        var budget = options.Value.MaxActivitiesPerStep;
        var started = timeProvider.GetTimestamp();
        var state = execution.State;
        while (state.Scheduled.Count > 0 && !execution.Ended)
        {
            if (--budget < 0)
            {
                var first = execution.Workflow.Activities[state.Scheduled[0].ActivityId];
                Fault(execution, first, new InvalidOperationException($"Plus de {options.Value.MaxActivitiesPerStep} activités dans une seule étape : boucle sans attente ?"));
                state.Scheduled.RemoveAt(0);
                continue;
            }

            if (timeProvider.GetElapsedTime(started) > options.Value.StepTimeBudget)
            {
                var stopped = execution.Workflow.Activities[state.Scheduled[0].ActivityId];
                Fault(execution, stopped, new TimeoutException($"L'étape a dépassé son budget de temps ({options.Value.StepTimeBudget.TotalSeconds:0.#} s) : l'instance est suspendue avant cette activité."));
                state.Scheduled.RemoveAt(0);
                break;
            }

            var next = state.Scheduled[0];
            state.Scheduled.RemoveAt(0);
            var activity = execution.Workflow.Activities[next.ActivityId];
            await ExecuteAsync(execution, activity, resume: false, next.Triggered, next.Payload, bookmarkPayload: null);
        }

        if (execution.Ended)
        {
            CancelAll(execution);
        }
    }

    /// <summary>Removes every scheduled and waiting activity (End reached, or instance cancelled).</summary>
    public void CancelAll(WorkflowExecution execution)
    {
        var state = execution.State;
        foreach (var (bookmarkId, activityId) in state.Waiting)
        {
            execution.Effects.CancelledBookmarks.Add(bookmarkId);
            Journal(execution, execution.Workflow.Activities[activityId], JournalEvents.Cancelled, null, null, null);
        }

        state.Waiting.Clear();
        state.Scheduled.Clear();
        state.JoinArrivals.Clear();
    }

    /// <summary>Completes an activity without running it (incident "skip"), following its first outcome.</summary>
    public void CompleteWithFirstOutcome(WorkflowExecution execution, string activityId)
    {
        var activity = execution.Workflow.Activities[activityId];
        var outcomes = activity.Type.Outcomes(activity.Model);
        var outcome = outcomes.Count > 0 ? outcomes[0] : null;
        Apply(execution, activity, outcome is null ? ActivityResult.EndWorkflow : ActivityResult.Complete(outcome), 0);
    }

    private async ValueTask ExecuteAsync(WorkflowExecution execution, CompiledActivity activity, bool resume, bool triggered, JsonNode? payload, JsonNode? bookmarkPayload)
    {
        var started = Stopwatch.GetTimestamp();
        var mark = execution.ChangeGuard?.Mark();
        var signalsBefore = execution.Effects.Signals.Count;
        ActivityResult result;
        try
        {
            var instance = activity.Type.Shared ?? (WorkflowActivity)execution.Services.GetRequiredService(activity.Type.ClrType);
            var context = new ActivityExecutionContext(execution, activity.Model, scripts, timeProvider)
            {
                IsTriggered = triggered,
                ResumePayload = payload,
                BookmarkPayload = bookmarkPayload,
            };
            result = resume ? await instance.ResumeAsync(context) : await instance.ExecuteAsync(context);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !execution.CancellationToken.IsCancellationRequested)
        {
            if (mark is not null)
            {
                execution.ChangeGuard!.Revert(mark);
            }

            execution.Effects.Signals.RemoveRange(signalsBefore, execution.Effects.Signals.Count - signalsBefore);
            Fault(execution, activity, ex);
            return;
        }

        var elapsed = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        Apply(execution, activity, result, elapsed);
    }

    private void Apply(WorkflowExecution execution, CompiledActivity activity, ActivityResult result, double elapsedMs)
    {
        var state = execution.State;
        if (result.EndsWorkflow)
        {
            Journal(execution, activity, JournalEvents.Completed, null, null, elapsedMs);
            execution.Ended = true;
            return;
        }

        if (result.Bookmarks.Count > 0)
        {
            foreach (var request in result.Bookmarks)
            {
                var id = Guid.CreateVersion7(timeProvider.GetUtcNow());
                var hash = StimulusHash.Compute(request.Name, request.Task is { } task ? task.TaskId.ToString() : request.Key ?? id.ToString());
                state.Waiting[id] = activity.Model.Id;
                execution.Effects.Bookmarks.Add(new NewBookmark(id, activity.Model.Id, hash, request));
            }

            Journal(execution, activity, JournalEvents.Suspended, null, null, elapsedMs);
            return;
        }

        if (result.Outcomes.Count == 0)
        {
            Journal(execution, activity, JournalEvents.Waiting, null, null, elapsedMs);
            return;
        }

        Journal(execution, activity, JournalEvents.Completed, string.Join(',', result.Outcomes), result.JournalMessage, elapsedMs);
        if (activity.Type.ClrType == typeof(JoinActivity))
        {
            CompleteJoin(execution, activity);
        }

        foreach (var outcome in result.Outcomes)
        {
            foreach (var target in execution.Workflow.Targets(activity.Model.Id, outcome))
            {
                Schedule(execution, activity.Model.Id, target);
            }
        }
    }

    private static void Schedule(WorkflowExecution execution, string source, string target)
    {
        var state = execution.State;
        var compiled = execution.Workflow.Activities[target];
        if (compiled.Type.ClrType == typeof(JoinActivity))
        {
            if (state.FiredJoins.Contains(target))
            {
                return;
            }

            if (!state.JoinArrivals.TryGetValue(target, out var arrivals))
            {
                state.JoinArrivals[target] = arrivals = [];
            }

            if (!arrivals.Contains(source))
            {
                arrivals.Add(source);
            }
        }

        state.Scheduled.Add(new ScheduledActivity(target));
    }

    private void CompleteJoin(WorkflowExecution execution, CompiledActivity join)
    {
        var state = execution.State;
        state.JoinArrivals.Remove(join.Model.Id);
        if (!JoinActivity.IsWaitAny(join.Model))
        {
            return;
        }

        state.FiredJoins.Add(join.Model.Id);
        var ancestors = execution.Workflow.Ancestors[join.Model.Id];
        state.Scheduled.RemoveAll(s => ancestors.Contains(s.ActivityId) || s.ActivityId == join.Model.Id);
        foreach (var (bookmarkId, activityId) in state.Waiting.Where(w => ancestors.Contains(w.Value)).ToList())
        {
            state.Waiting.Remove(bookmarkId);
            execution.Effects.CancelledBookmarks.Add(bookmarkId);
            Journal(execution, execution.Workflow.Activities[activityId], JournalEvents.Cancelled, null, "Annulée par la jonction " + join.Model.Id, null);
        }
    }

    private void Fault(WorkflowExecution execution, CompiledActivity activity, Exception ex)
    {
        var now = timeProvider.GetUtcNow().UtcDateTime;
        execution.State.Faulted.Add(activity.Model.Id);
        execution.Effects.Incidents.Add(new IncidentRecord(activity.Model.Id, activity.Model.Type, ex.Message, ex.GetType().FullName ?? ex.GetType().Name, now));
        Journal(execution, activity, JournalEvents.Faulted, null, ex.Message, null);
    }

    private void Journal(WorkflowExecution execution, CompiledActivity activity, string eventName, string? outcome, string? message, double? elapsedMs)
    {
        var sequence = ++execution.State.JournalSequence;
        execution.Effects.Journal.Add(new JournalRecord(sequence, activity.Model.Id, activity.Model.Type, eventName, outcome, message, timeProvider.GetUtcNow().UtcDateTime, elapsedMs));
    }
}
