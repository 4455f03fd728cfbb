using DossierFamille.Web.Features.Accounts;
using DossierFamille.Web.Features.Commune;
using DossierFamille.Web.Features.Families;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DossierFamille.Web.Features.Credits;

internal sealed class CreditMovementConfiguration : IEntityTypeConfiguration<CreditMovement>
{
    public void Configure(EntityTypeBuilder<CreditMovement> e)
    {
        e.ToTable("CreditMovements");
        e.Property(x => x.UserId).HasMaxLength(450);
        e.Property(x => x.Kind).HasConversion<string>().HasMaxLength(30);
        e.Property(x => x.Amount).HasPrecision(12, 2);
        e.Property(x => x.Label).HasMaxLength(200);
        e.HasIndex(x => new { x.FamilyId, x.UserId, x.StructureId });
        e.HasIndex(x => x.BookingId);
        e.HasIndex(x => x.HoldId);
        e.HasIndex(x => x.InvoiceId);
        e.HasOne<Family>().WithMany().HasForeignKey(x => x.FamilyId);
        e.HasOne<AppUser>().WithMany().HasForeignKey(x => x.UserId).OnDelete(DeleteBehavior.Restrict);
        e.HasOne<Structure>().WithMany().HasForeignKey(x => x.StructureId).OnDelete(DeleteBehavior.Restrict);
    }
}
