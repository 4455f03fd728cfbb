using DossierFamille.Web.Features.Reservations;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DossierFamille.Web.Features.Billing;

internal sealed class TariffConfiguration : IEntityTypeConfiguration<Tariff>
{
    public void Configure(EntityTypeBuilder<Tariff> e)
    {
        e.Property(x => x.Unit).HasConversion<string>().HasMaxLength(20);
        e.Property(x => x.OutsideCommunePrice).HasPrecision(10, 4);
        e.ComplexProperty(x => x.PresenceWithoutBooking, Penalty);
        e.ComplexProperty(x => x.LateCancellation, Penalty);
        e.ComplexProperty(x => x.UnjustifiedAbsence, Penalty);
        e.HasOne<BookableActivity>().WithMany().HasForeignKey(x => x.ActivityId).OnDelete(DeleteBehavior.Cascade);
        e.HasMany(x => x.Brackets).WithOne().HasForeignKey(x => x.TariffId).OnDelete(DeleteBehavior.Cascade);
        e.HasIndex(x => new { x.ActivityId, x.ValidFrom }).IsUnique();
    }

    private static void Penalty(ComplexPropertyBuilder<PenaltyRule> p)
    {
        p.Property(x => x.Kind).HasConversion<string>().HasMaxLength(20);
        p.Property(x => x.Price).HasPrecision(10, 4);
    }
}

internal sealed class TariffBracketConfiguration : IEntityTypeConfiguration<TariffBracket>
{
    public void Configure(EntityTypeBuilder<TariffBracket> e) => e.Property(x => x.Price).HasPrecision(10, 4);
}

internal sealed class ActivityBillingConfiguration : IEntityTypeConfiguration<ActivityBilling>
{
    public void Configure(EntityTypeBuilder<ActivityBilling> e)
    {
        e.HasKey(x => x.ActivityId);
        e.Property(x => x.ActivityId).ValueGeneratedNever();
        e.Property(x => x.PaymentMode).HasConversion<string>().HasMaxLength(20);
        e.HasOne<BookableActivity>().WithOne().HasForeignKey<ActivityBilling>(x => x.ActivityId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class BillingSettingsConfiguration : IEntityTypeConfiguration<BillingSettings>
{
    public void Configure(EntityTypeBuilder<BillingSettings> e)
    {
        e.ToTable("BillingSettings");
        e.Property(x => x.Id).ValueGeneratedNever();
        e.Property(x => x.CommunePostalCodes).HasMaxLength(200);
    }
}
