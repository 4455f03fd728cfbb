using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DossierFamille.Web.Features.Rgpd;

internal sealed class DocumentAccessConfiguration : IEntityTypeConfiguration<DocumentAccess>
{
    public void Configure(EntityTypeBuilder<DocumentAccess> e)
    {
        e.ToTable("DocumentAccesses");
        e.Property(x => x.ActorUserId).HasMaxLength(450);
        e.Property(x => x.Actor).HasMaxLength(200);
        e.Property(x => x.Kind).HasConversion<string>().HasMaxLength(20);
        e.Property(x => x.What).HasMaxLength(500);
        e.HasIndex(x => new { x.FamilyId, x.At });
        e.HasIndex(x => x.At);
    }
}

internal sealed class RetentionSettingsConfiguration : IEntityTypeConfiguration<RetentionSettings>
{
    public void Configure(EntityTypeBuilder<RetentionSettings> e)
    {
        e.ToTable("RetentionSettings");
        e.Property(x => x.Id).ValueGeneratedNever();
        e.Property(x => x.DpoContact).HasMaxLength(500);
    }
}

internal sealed class BlobDeletionConfiguration : IEntityTypeConfiguration<BlobDeletion>
{
    public void Configure(EntityTypeBuilder<BlobDeletion> e)
    {
        e.ToTable("BlobDeletions");
        e.Property(x => x.BlobName).HasMaxLength(300);
    }
}

internal sealed class DataCopyConfiguration : IEntityTypeConfiguration<Copy.DataCopy>
{
    public void Configure(EntityTypeBuilder<Copy.DataCopy> e)
    {
        e.ToTable("DataCopies");
        e.Property(x => x.Id).ValueGeneratedNever();
        e.Property(x => x.UserId).HasMaxLength(450);
        e.Property(x => x.BlobName).HasMaxLength(300);
        e.HasIndex(x => new { x.UserId, x.RequestedAt });
        e.HasIndex(x => x.ExpiresAt);
    }
}

internal sealed class AccountClosureConfiguration : IEntityTypeConfiguration<Closure.AccountClosure>
{
    public void Configure(EntityTypeBuilder<Closure.AccountClosure> e)
    {
        e.ToTable("AccountClosures");
        e.Property(x => x.UserId).HasMaxLength(450);
        e.Property(x => x.Status).HasConversion<string>().HasMaxLength(20);
        e.Property(x => x.DecidedBy).HasMaxLength(200);
        e.Property(x => x.Motif).HasMaxLength(1000);
        e.HasIndex(x => new { x.UserId, x.Status });
        e.HasIndex(x => x.Status);
    }
}
