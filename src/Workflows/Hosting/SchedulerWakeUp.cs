namespace DossierFamille.Workflows.Hosting;

/// <summary>
/// Wakes this process's background scheduler before its planned poll when a step here sets a
/// timer due earlier (other nodes see it at their next due time or poll).
/// </summary>
internal sealed class SchedulerWakeUp
{
    private readonly Lock gate = new();
    private TaskCompletionSource signal = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private DateTime plannedAt = DateTime.MaxValue;

    /// <summary>The scheduler sleeps until <paramref name="wakeAt"/>; the task completes if a nearer timer is set meanwhile.</summary>
    public Task PlanAsync(DateTime wakeAt)
    {
        lock (gate)
        {
            if (signal.Task.IsCompleted)
            {
                signal = new(TaskCreationOptions.RunContinuationsAsynchronously);
            }

            plannedAt = wakeAt;
            return signal.Task;
        }
    }

    public void TimerSet(DateTime due)
    {
        lock (gate)
        {
            if (due < plannedAt)
            {
                plannedAt = DateTime.MinValue;
                signal.TrySetResult();
            }
        }
    }
}
