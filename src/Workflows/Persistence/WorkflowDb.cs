using Microsoft.EntityFrameworkCore;

namespace DossierFamille.Workflows.Persistence;

/// <summary>The host's scoped DbContext as the engine sees it.</summary>
internal sealed class WorkflowDb(DbContext context)
{
    public DbContext Context => context;

    public DbSet<WfDefinition> Definitions => context.Set<WfDefinition>();

    public DbSet<WfInstance> Instances => context.Set<WfInstance>();

    public DbSet<WfBookmark> Bookmarks => context.Set<WfBookmark>();

    public DbSet<WfTimer> Timers => context.Set<WfTimer>();

    public DbSet<WfHumanTask> Tasks => context.Set<WfHumanTask>();

    public DbSet<WfTrigger> Triggers => context.Set<WfTrigger>();

    public DbSet<WfQueuedStimulus> QueuedStimuli => context.Set<WfQueuedStimulus>();

    public DbSet<WfJournalEntry> Journal => context.Set<WfJournalEntry>();

    public DbSet<WfIncident> Incidents => context.Set<WfIncident>();
}
