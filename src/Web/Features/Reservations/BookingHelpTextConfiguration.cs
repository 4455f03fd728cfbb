using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DossierFamille.Web.Features.Reservations;

internal sealed class BookingHelpTextConfiguration : IEntityTypeConfiguration<BookingHelpText>
{
    public void Configure(EntityTypeBuilder<BookingHelpText> e)
    {
        e.ToTable("BookingHelpTexts");
        e.Property(x => x.Id).ValueGeneratedNever();
        e.Property(x => x.Body).HasMaxLength(BookingHelpText.MaxLength);
    }
}
