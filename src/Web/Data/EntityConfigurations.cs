using DossierFamille.Web.Features.Accounts;
using DossierFamille.Web.Features.Commune;
using DossierFamille.Web.Features.Email;
using DossierFamille.Web.Features.Families;
using DossierFamille.Web.Features.Messages;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DossierFamille.Web.Data;

internal sealed class CommuneConfiguration : IEntityTypeConfiguration<CommuneSettings>
{
    public void Configure(EntityTypeBuilder<CommuneSettings> e)
    {
        e.ToTable("Commune");
        e.Property(x => x.Name).HasMaxLength(200);
        e.Property(x => x.ContactEmail).HasMaxLength(320);
        e.Property(x => x.Address).HasMaxLength(400);
        e.Property(x => x.Phone).HasMaxLength(40);
    }
}

internal sealed class StructureConfiguration : IEntityTypeConfiguration<Structure>
{
    public void Configure(EntityTypeBuilder<Structure> e)
    {
        e.Property(x => x.Name).HasMaxLength(200);
        e.Property(x => x.Address).HasMaxLength(400);
        e.Property(x => x.Kind).HasConversion<string>().HasMaxLength(40);
    }
}

internal sealed class CampaignConfiguration : IEntityTypeConfiguration<Campaign>
{
    public void Configure(EntityTypeBuilder<Campaign> e)
    {
        e.Property(x => x.SchoolYear).HasMaxLength(9);
        e.HasIndex(x => x.SchoolYear).IsUnique();
    }
}

internal sealed class AnnouncementConfiguration : IEntityTypeConfiguration<Announcement>
{
    public void Configure(EntityTypeBuilder<Announcement> e)
    {
        e.Property(x => x.Title).HasMaxLength(200);
        e.Property(x => x.Body).HasMaxLength(4000);
        e.HasIndex(x => x.PublishedAt);
    }
}

internal sealed class FamilyConfiguration : IEntityTypeConfiguration<Family>
{
    public void Configure(EntityTypeBuilder<Family> e)
    {
        e.Property(x => x.Reference).HasMaxLength(40);
        e.HasIndex(x => x.Reference).IsUnique();
        e.Property(x => x.Name).HasMaxLength(200);
        e.HasMany(x => x.Responsables).WithOne(x => x.Family).HasForeignKey(x => x.FamilyId);
        e.HasMany(x => x.Children).WithOne(x => x.Family).HasForeignKey(x => x.FamilyId);
    }
}

internal sealed class ResponsableConfiguration : IEntityTypeConfiguration<Responsable>
{
    public void Configure(EntityTypeBuilder<Responsable> e)
    {
        e.Property(x => x.Quality).HasConversion<string>().HasMaxLength(10);
        e.Property(x => x.FirstName).HasMaxLength(100);
        e.Property(x => x.LastName).HasMaxLength(100);
        e.Property(x => x.Email).HasMaxLength(1000);
        e.Property(x => x.Phone).HasMaxLength(40);
        e.Property(x => x.UserId).HasMaxLength(450);
        e.HasIndex(x => x.UserId).IsUnique();
        e.HasOne<AppUser>().WithMany().HasForeignKey(x => x.UserId).OnDelete(DeleteBehavior.SetNull);
        e.Ignore(x => x.FullName);
    }
}

internal sealed class ChildConfiguration : IEntityTypeConfiguration<Child>
{
    public void Configure(EntityTypeBuilder<Child> e)
    {
        e.Property(x => x.FirstName).HasMaxLength(100);
        e.Property(x => x.LastName).HasMaxLength(100);
        e.HasMany(x => x.Enrolments).WithOne(x => x.Child).HasForeignKey(x => x.ChildId);
        e.Ignore(x => x.FullName);
    }
}

internal sealed class EnrolmentConfiguration : IEntityTypeConfiguration<Enrolment>
{
    public void Configure(EntityTypeBuilder<Enrolment> e)
    {
        e.HasIndex(x => new { x.ChildId, x.StructureId, x.CampaignId }).IsUnique();
        e.Property(x => x.SchoolClass).HasMaxLength(Features.Children.ChildRequestInput.ClassLength);
    }
}

internal sealed class AppUserConfiguration : IEntityTypeConfiguration<AppUser>
{
    public void Configure(EntityTypeBuilder<AppUser> e)
    {
        e.Property(x => x.DisplayName).HasMaxLength(200);
        e.HasOne<Family>().WithMany().HasForeignKey(x => x.FamilyId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class LegalTextConfiguration : IEntityTypeConfiguration<LegalText>
{
    public void Configure(EntityTypeBuilder<LegalText> e)
    {
        e.Property(x => x.Kind).HasConversion<string>().HasMaxLength(10);
        e.Property(x => x.Title).HasMaxLength(200);
        e.HasIndex(x => new { x.Kind, x.Version }).IsUnique();
    }
}

internal sealed class LegalAcceptanceConfiguration : IEntityTypeConfiguration<LegalAcceptance>
{
    public void Configure(EntityTypeBuilder<LegalAcceptance> e)
    {
        e.Property(x => x.Kind).HasConversion<string>().HasMaxLength(10);
        e.Property(x => x.UserId).HasMaxLength(450);
        e.HasIndex(x => new { x.UserId, x.Kind, x.Version }).IsUnique();
        e.HasOne<AppUser>().WithMany().HasForeignKey(x => x.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class MairieMessageConfiguration : IEntityTypeConfiguration<MairieMessage>
{
    public void Configure(EntityTypeBuilder<MairieMessage> e)
    {
        e.Property(x => x.AuthorUserId).HasMaxLength(450);
        e.Property(x => x.AuthorName).HasMaxLength(200);
        e.Property(x => x.Subject).HasMaxLength(200);
        e.Property(x => x.Body).HasMaxLength(4000);
        e.Property(x => x.Answer).HasMaxLength(4000);
        e.Property(x => x.AnsweredBy).HasMaxLength(200);
        e.HasIndex(x => new { x.FamilyId, x.SentAt });
        e.HasOne<Family>().WithMany().HasForeignKey(x => x.FamilyId);
    }
}

internal sealed class OutboxMessageConfiguration : IEntityTypeConfiguration<OutboxMessage>
{
    public void Configure(EntityTypeBuilder<OutboxMessage> e)
    {
        e.ToTable("EmailOutbox");
        e.Property(x => x.To).HasMaxLength(1000);
        e.Property(x => x.Subject).HasMaxLength(300);
        e.Property(x => x.LastError).HasMaxLength(2000);
        e.Property(x => x.LockToken).IsConcurrencyToken();
        e.HasIndex(x => new { x.SentAt, x.NextAttemptAt });
    }
}
