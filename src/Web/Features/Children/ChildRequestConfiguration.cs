using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DossierFamille.Web.Features.Children;

internal sealed class ChildRequestConfiguration : IEntityTypeConfiguration<ChildRequest>
{
    public void Configure(EntityTypeBuilder<ChildRequest> builder)
    {
        builder.ToTable("ChildRequests");
        builder.Property(r => r.UserId).HasMaxLength(450);
        builder.Property(r => r.RequesterName).HasMaxLength(200);
        builder.Property(r => r.FirstName).HasMaxLength(100);
        builder.Property(r => r.LastName).HasMaxLength(100);
        builder.Property(r => r.SchoolClass).HasMaxLength(ChildRequestInput.ClassLength);
        builder.Property(r => r.Comment).HasMaxLength(ChildRequestInput.CommentLength);
        builder.Property(r => r.Motif).HasMaxLength(1000);
        builder.Property(r => r.DecidedBy).HasMaxLength(200);
        builder.Property(r => r.Status).HasConversion<string>().HasMaxLength(20).IsConcurrencyToken();
        builder.Property(r => r.Kind).HasConversion<string>().HasMaxLength(20);
        // Erasing an account removes its requests (AccountErasure); a child erased with its family takes its requests along.
        builder.HasOne<Families.Family>().WithMany().HasForeignKey(r => r.FamilyId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(r => r.Child).WithMany().HasForeignKey(r => r.ChildId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(r => new { r.FamilyId, r.Status });
        builder.HasIndex(r => r.Status);
    }
}
