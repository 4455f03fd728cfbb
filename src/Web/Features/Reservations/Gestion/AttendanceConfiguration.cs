using DossierFamille.Web.Features.Families;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DossierFamille.Web.Features.Reservations.Gestion;

internal sealed class AttendanceConfiguration : IEntityTypeConfiguration<Attendance>
{
    public void Configure(EntityTypeBuilder<Attendance> e)
    {
        e.ToTable("Attendances");
        e.Property(x => x.Status).HasConversion<string>().HasMaxLength(30);
        e.Property(x => x.MarkedBy).HasMaxLength(200);
        e.HasOne<BookableActivity>().WithMany().HasForeignKey(x => x.ActivityId).OnDelete(DeleteBehavior.Cascade);
        // Kept for billing: a child or family with pointages is never deleted (the account erasure keeps them, closed).
        e.HasOne<Child>().WithMany().HasForeignKey(x => x.ChildId).OnDelete(DeleteBehavior.Restrict);
        e.HasOne<Family>().WithMany().HasForeignKey(x => x.FamilyId).OnDelete(DeleteBehavior.Restrict);
        // One pointage per child, activity and day: two gestionnaires tapping at once record it once.
        e.HasIndex(x => new { x.ChildId, x.ActivityId, x.Day }).IsUnique();
        e.HasIndex(x => new { x.ActivityId, x.Day });
    }
}
