using Microsoft.EntityFrameworkCore;

namespace DossierFamille.Workflows.Persistence;

public static class WorkflowModelBuilderExtensions
{
    /// <summary>Adds the engine's tables (prefixed "Wf") to the host's model; call from OnModelCreating.</summary>
    public static ModelBuilder ApplyWorkflowModel(this ModelBuilder modelBuilder)
    {
        ArgumentNullException.ThrowIfNull(modelBuilder);
        modelBuilder.Entity<WfDefinition>(e =>
        {
            e.ToTable("WfDefinitions");
            e.Property(x => x.DefinitionId).HasMaxLength(200);
            e.Property(x => x.Name).HasMaxLength(300);
            e.Property(x => x.Status).HasConversion<string>().HasMaxLength(20);
            e.HasIndex(x => new { x.DefinitionId, x.Version }).IsUnique();
            e.HasIndex(x => new { x.DefinitionId, x.Status });
        });
        modelBuilder.Entity<WfInstance>(e =>
        {
            e.ToTable("WfInstances");
            e.Property(x => x.DefinitionId).HasMaxLength(200);
            e.Property(x => x.CorrelationId).HasMaxLength(200);
            e.Property(x => x.Status).HasConversion<string>().HasMaxLength(20);
            e.Property(x => x.LeaseOwner).HasMaxLength(200);
            e.Property(x => x.ConcurrencyVersion).IsConcurrencyToken();
            e.HasIndex(x => new { x.DefinitionId, x.Status });
            e.HasIndex(x => x.CorrelationId);
            e.HasIndex(x => new { x.HasPendingWork, x.LeaseExpiresAt });
        });
        modelBuilder.Entity<WfBookmark>(e =>
        {
            e.ToTable("WfBookmarks");
            e.Property(x => x.ActivityId).HasMaxLength(200);
            e.Property(x => x.Name).HasMaxLength(100);
            e.Property(x => x.Hash).HasMaxLength(64);
            e.HasIndex(x => x.Hash);
            e.HasIndex(x => x.InstanceId);
        });
        modelBuilder.Entity<WfTimer>(e =>
        {
            e.ToTable("WfTimers");
            e.Property(x => x.DefinitionId).HasMaxLength(200);
            e.Property(x => x.TriggerActivityId).HasMaxLength(200);
            e.Property(x => x.Cron).HasMaxLength(100);
            e.Property(x => x.LeaseOwner).HasMaxLength(200);
            e.Property(x => x.ConcurrencyVersion).IsConcurrencyToken();
            e.HasIndex(x => x.DueAt);
            e.HasIndex(x => x.BookmarkId);
            e.HasIndex(x => x.DefinitionId);
        });
        modelBuilder.Entity<WfHumanTask>(e =>
        {
            e.ToTable("WfHumanTasks");
            e.Property(x => x.ActivityId).HasMaxLength(200);
            e.Property(x => x.CorrelationId).HasMaxLength(200);
            e.Property(x => x.Title).HasMaxLength(500);
            e.Property(x => x.Role).HasMaxLength(100);
            e.Property(x => x.Assignee).HasMaxLength(200);
            e.Property(x => x.ClaimedBy).HasMaxLength(200);
            e.Property(x => x.CompletedBy).HasMaxLength(200);
            e.Property(x => x.Outcomes).HasMaxLength(1000);
            e.Property(x => x.Outcome).HasMaxLength(200);
            e.Property(x => x.Status).HasConversion<string>().HasMaxLength(20);
            e.Property(x => x.ConcurrencyVersion).IsConcurrencyToken();
            e.Ignore(x => x.AllowedOutcomes);
            e.HasIndex(x => new { x.Status, x.Role });
            e.HasIndex(x => x.InstanceId);
            e.HasIndex(x => x.BookmarkId);
        });
        modelBuilder.Entity<WfTrigger>(e =>
        {
            e.ToTable("WfTriggers");
            e.Property(x => x.DefinitionId).HasMaxLength(200);
            e.Property(x => x.ActivityId).HasMaxLength(200);
            e.Property(x => x.Kind).HasMaxLength(20);
            e.Property(x => x.Name).HasMaxLength(200);
            e.Property(x => x.Hash).HasMaxLength(64);
            e.HasIndex(x => x.Hash);
            e.HasIndex(x => x.DefinitionId);
        });
        modelBuilder.Entity<WfQueuedStimulus>(e =>
        {
            e.ToTable("WfQueuedStimuli");
            e.Property(x => x.Hash).HasMaxLength(64);
            e.Property(x => x.Name).HasMaxLength(200);
            e.Property(x => x.CorrelationId).HasMaxLength(200);
            e.HasIndex(x => x.Hash);
        });
        modelBuilder.Entity<WfJournalEntry>(e =>
        {
            e.ToTable("WfJournal");
            e.Property(x => x.ActivityId).HasMaxLength(200);
            e.Property(x => x.ActivityType).HasMaxLength(200);
            e.Property(x => x.EventName).HasMaxLength(20);
            e.Property(x => x.Outcome).HasMaxLength(200);
            e.HasIndex(x => new { x.InstanceId, x.Sequence });
        });
        modelBuilder.Entity<WfIncident>(e =>
        {
            e.ToTable("WfIncidents");
            e.Property(x => x.ActivityId).HasMaxLength(200);
            e.Property(x => x.ActivityType).HasMaxLength(200);
            e.Property(x => x.ExceptionType).HasMaxLength(300);
            e.HasIndex(x => x.InstanceId);
        });
        return modelBuilder;
    }
}
