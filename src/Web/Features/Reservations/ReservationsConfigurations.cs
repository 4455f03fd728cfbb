using DossierFamille.Web.Features.Accounts;
using DossierFamille.Web.Features.Commune;
using DossierFamille.Web.Features.Families;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DossierFamille.Web.Features.Reservations;

internal sealed class BookableActivityConfiguration : IEntityTypeConfiguration<BookableActivity>
{
    public void Configure(EntityTypeBuilder<BookableActivity> e)
    {
        e.ToTable("Activities");
        e.Property(x => x.Name).HasMaxLength(100);
        e.Property(x => x.ParentInformation).HasMaxLength(4000);
        e.Property(x => x.Weekdays).HasConversion<int>();
        e.Property(x => x.ProcessingMode).HasConversion<string>().HasMaxLength(20);
        e.ComplexProperty(x => x.BookingDeadline, Deadline);
        e.ComplexProperty(x => x.CancellationDeadline, Deadline);
        e.HasOne<Structure>().WithMany().HasForeignKey(x => x.StructureId);
        e.HasIndex(x => new { x.StructureId, x.Name }).IsUnique();
        e.Ignore(x => x.Hours);
    }

    private static void Deadline(ComplexPropertyBuilder<BookingDeadlineRule> d)
    {
        d.Property(x => x.Kind).HasConversion<string>().HasMaxLength(20);
        d.Property(x => x.Weekday).HasConversion<string>().HasMaxLength(10);
    }
}

internal sealed class HolidayPeriodConfiguration : IEntityTypeConfiguration<HolidayPeriod>
{
    public void Configure(EntityTypeBuilder<HolidayPeriod> e)
    {
        e.Property(x => x.Name).HasMaxLength(100);
        e.Property(x => x.Zone).HasMaxLength(10);
        e.HasIndex(x => x.FirstDay);
    }
}

internal sealed class ClosedDayConfiguration : IEntityTypeConfiguration<ClosedDay>
{
    public void Configure(EntityTypeBuilder<ClosedDay> e)
    {
        e.Property(x => x.Label).HasMaxLength(200);
        e.HasOne<BookableActivity>().WithMany().HasForeignKey(x => x.ActivityId).OnDelete(DeleteBehavior.Cascade);
        e.HasIndex(x => x.Day);
    }
}

internal sealed class BookingConfiguration : IEntityTypeConfiguration<Booking>
{
    public void Configure(EntityTypeBuilder<Booking> e)
    {
        e.Property(x => x.State).HasConversion<string>().HasMaxLength(30);
        e.Property(x => x.UserId).HasMaxLength(450);
        e.Property(x => x.Price).HasPrecision(10, 2);
        e.Property(x => x.Version).IsConcurrencyToken();
        e.HasOne<Family>().WithMany().HasForeignKey(x => x.FamilyId);
        e.HasOne<Child>().WithMany().HasForeignKey(x => x.ChildId);
        e.HasOne<BookableActivity>().WithMany().HasForeignKey(x => x.ActivityId);
        e.HasOne<AppUser>().WithMany().HasForeignKey(x => x.UserId).OnDelete(DeleteBehavior.Restrict);
        // One row per child, activity and day: two parents validating the same day record it once.
        e.HasIndex(x => new { x.ChildId, x.ActivityId, x.Day }).IsUnique();
        e.HasIndex(x => new { x.ActivityId, x.Day, x.State });
        e.Ignore(x => x.IsActive);
    }
}

internal sealed class ActivityDayConfiguration : IEntityTypeConfiguration<ActivityDay>
{
    public void Configure(EntityTypeBuilder<ActivityDay> e)
    {
        e.HasKey(x => new { x.ActivityId, x.Day });
        e.HasOne<BookableActivity>().WithMany().HasForeignKey(x => x.ActivityId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class BookingRequestConfiguration : IEntityTypeConfiguration<BookingRequest>
{
    public void Configure(EntityTypeBuilder<BookingRequest> e)
    {
        e.Property(x => x.Kind).HasConversion<string>().HasMaxLength(20);
        e.Property(x => x.UserId).HasMaxLength(450);
        e.Property(x => x.Outcome).HasConversion<string>().HasMaxLength(20);
        e.Property(x => x.Reason).HasMaxLength(500);
        e.HasOne(x => x.Booking).WithMany().HasForeignKey(x => x.BookingId);
        e.HasOne<BookingSubmission>().WithMany().HasForeignKey(x => x.SubmissionId);
        e.HasIndex(x => x.ProcessedAt);
        e.HasIndex(x => new { x.UserId, x.ReportedAt });
    }
}

internal sealed class BookingPromotionConfiguration : IEntityTypeConfiguration<BookingPromotion>
{
    public void Configure(EntityTypeBuilder<BookingPromotion> e)
    {
        e.Property(x => x.UserId).HasMaxLength(450);
        e.Property(x => x.PromotedBy).HasMaxLength(200);
        e.HasOne<Booking>().WithMany().HasForeignKey(x => x.BookingId);
        e.HasIndex(x => new { x.UserId, x.ReportedAt });
    }
}

internal sealed class BookingReportConfiguration : IEntityTypeConfiguration<BookingReport>
{
    public void Configure(EntityTypeBuilder<BookingReport> e)
    {
        e.Property(x => x.UserId).HasMaxLength(450);
        e.Property(x => x.SentTo).HasMaxLength(500);
        e.HasOne<AppUser>().WithMany().HasForeignKey(x => x.UserId).OnDelete(DeleteBehavior.Cascade);
        // Once per account and night, whatever crashes and restarts happen.
        e.HasIndex(x => new { x.UserId, x.Night }).IsUnique();
        e.HasIndex(x => new { x.Night, x.SentTo });
    }
}

internal sealed class BookingProcessingSettingsConfiguration : IEntityTypeConfiguration<BookingProcessingSettings>
{
    public void Configure(EntityTypeBuilder<BookingProcessingSettings> e)
    {
        e.ToTable("BookingProcessingSettings");
        e.Property(x => x.Id).ValueGeneratedNever();
    }
}

internal sealed class CartLineConfiguration : IEntityTypeConfiguration<CartLine>
{
    public void Configure(EntityTypeBuilder<CartLine> e)
    {
        e.ToTable("BookingCartLines");
        e.Property(x => x.Kind).HasConversion<string>().HasMaxLength(20);
        e.Property(x => x.UserId).HasMaxLength(450);
        e.HasOne<AppUser>().WithMany().HasForeignKey(x => x.UserId).OnDelete(DeleteBehavior.Cascade);
        e.HasOne<Child>().WithMany().HasForeignKey(x => x.ChildId);
        e.HasOne<BookableActivity>().WithMany().HasForeignKey(x => x.ActivityId);
        e.HasIndex(x => new { x.UserId, x.ChildId, x.ActivityId, x.Day }).IsUnique();
    }
}

internal sealed class BookingSubmissionConfiguration : IEntityTypeConfiguration<BookingSubmission>
{
    public void Configure(EntityTypeBuilder<BookingSubmission> e)
    {
        e.Property(x => x.Id).ValueGeneratedNever();
        e.Property(x => x.UserId).HasMaxLength(450);
        e.HasOne<AppUser>().WithMany().HasForeignKey(x => x.UserId).OnDelete(DeleteBehavior.Restrict);
        e.HasIndex(x => new { x.FamilyId, x.CreatedAt });
    }
}
