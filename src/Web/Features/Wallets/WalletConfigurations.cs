using DossierFamille.Web.Features.Accounts;
using DossierFamille.Web.Features.Commune;
using DossierFamille.Web.Features.Families;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DossierFamille.Web.Features.Wallets;

internal sealed class WalletMovementConfiguration : IEntityTypeConfiguration<WalletMovement>
{
    public void Configure(EntityTypeBuilder<WalletMovement> e)
    {
        e.ToTable("WalletMovements");
        e.Property(x => x.UserId).HasMaxLength(450);
        e.Property(x => x.Kind).HasConversion<string>().HasMaxLength(20);
        e.Property(x => x.Amount).HasPrecision(12, 2);
        e.Property(x => x.Label).HasMaxLength(200);
        e.HasIndex(x => new { x.FamilyId, x.UserId, x.StructureId });
        e.HasIndex(x => x.BookingId);
        // A payment credits its wallet once: the payment's state (its concurrency token) moves out of "pending" in the same commit.
        e.HasIndex(x => x.PaymentId);
        e.HasOne<Family>().WithMany().HasForeignKey(x => x.FamilyId);
        e.HasOne<AppUser>().WithMany().HasForeignKey(x => x.UserId).OnDelete(DeleteBehavior.Restrict);
        e.HasOne<Structure>().WithMany().HasForeignKey(x => x.StructureId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class WalletLockConfiguration : IEntityTypeConfiguration<WalletLock>
{
    public void Configure(EntityTypeBuilder<WalletLock> e)
    {
        e.ToTable("WalletLocks");
        e.HasKey(x => new { x.FamilyId, x.UserId, x.StructureId });
        e.Property(x => x.UserId).HasMaxLength(450);
        e.HasOne<Family>().WithMany().HasForeignKey(x => x.FamilyId);
        e.HasOne<AppUser>().WithMany().HasForeignKey(x => x.UserId).OnDelete(DeleteBehavior.Restrict);
        e.HasOne<Structure>().WithMany().HasForeignKey(x => x.StructureId).OnDelete(DeleteBehavior.Restrict);
    }
}
