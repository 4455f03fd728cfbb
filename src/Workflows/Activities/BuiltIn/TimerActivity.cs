using Cronos;

namespace DossierFamille.Workflows.Activities.BuiltIn;

/// <summary>Waits until a date, for a duration, or until the next cron occurrence; as a first activity with a cron, starts the workflow on schedule.</summary>
[Activity("Timer", "Minuteur", "Temps", IsTrigger = true, Description = "À une date, après une durée, ou selon une planification cron (démarrage planifié).")]
[ActivityInput("Date", "Date", InputKinds.Date)]
[ActivityInput("Duration", "Durée", InputKinds.Duration)]
[ActivityInput("Cron", "Planification cron", InputKinds.Cron)]
internal sealed class TimerActivity : WorkflowActivity
{
    public static DateTime? NextOccurrence(string cron, DateTime afterUtc) =>
        Parse(cron).GetNextOccurrence(DateTime.SpecifyKind(afterUtc, DateTimeKind.Utc));

    public static CronExpression Parse(string cron) =>
        CronExpression.Parse(cron, cron.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length == 6 ? CronFormat.IncludeSeconds : CronFormat.Standard);

    public override ValueTask<ActivityResult> ExecuteAsync(ActivityExecutionContext context)
    {
        if (context.IsTriggered)
        {
            return ValueTask.FromResult(ActivityResult.Done);
        }

        var now = context.UtcNow;
        DateTime due;
        if (context.GetInput<string>("Cron") is { Length: > 0 } cron)
        {
            due = NextOccurrence(cron, now) ?? throw new InvalidOperationException($"La planification '{cron}' n'a pas de prochaine occurrence.");
        }
        else if (context.GetInput<DateTime?>("Date") is { } date)
        {
            due = date.ToUniversalTime();
        }
        else
        {
            due = now + context.GetInput<TimeSpan>("Duration");
        }

        return ValueTask.FromResult(ActivityResult.Suspend(new BookmarkRequest("Timer") { DueAt = due }));
    }
}
