using DossierFamille.Workflows.Persistence;
using Microsoft.EntityFrameworkCore;

namespace DossierFamille.Workflows.Tests.Fixtures;

public sealed class TestDbContext(DbContextOptions<TestDbContext> options) : DbContext(options)
{
    public DbSet<OutboxMessage> Outbox => Set<OutboxMessage>();

    public DbSet<DomainRow> DomainRows => Set<DomainRow>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyWorkflowModel();
        modelBuilder.Entity<OutboxMessage>().ToTable("TestOutbox");
        modelBuilder.Entity<DomainRow>().ToTable("TestDomainRows");
    }
}
