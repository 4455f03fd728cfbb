using DossierFamille.Web.Features.Accounts;
using DossierFamille.Web.Features.Families;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DossierFamille.Web.Features.Reservations.PayAtBooking;

internal sealed class BookingHoldConfiguration : IEntityTypeConfiguration<BookingHold>
{
    public void Configure(EntityTypeBuilder<BookingHold> e)
    {
        e.ToTable("BookingHolds");
        e.Property(x => x.UserId).HasMaxLength(450);
        e.Property(x => x.Amount).HasPrecision(12, 2);
        e.Property(x => x.Objet).HasMaxLength(200);
        // Paying and releasing race (notification, parent's return, catch-up): the state moves out of "held" once.
        e.Property(x => x.State).HasConversion<string>().HasMaxLength(20).IsConcurrencyToken();
        e.Ignore(x => x.Refdet);
        e.HasIndex(x => x.SubmissionId).IsUnique();
        e.HasOne<BookingSubmission>().WithMany().HasForeignKey(x => x.SubmissionId);
        e.HasOne<Family>().WithMany().HasForeignKey(x => x.FamilyId);
        e.HasOne<AppUser>().WithMany().HasForeignKey(x => x.UserId).OnDelete(DeleteBehavior.Restrict);
        e.HasMany<Booking>().WithOne().HasForeignKey(b => b.HoldId).OnDelete(DeleteBehavior.Restrict);
    }
}
