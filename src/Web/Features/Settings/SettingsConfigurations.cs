using DossierFamille.Web.Features.Commune;
using DossierFamille.Web.Features.Dossier;
using DossierFamille.Web.Features.Families;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DossierFamille.Web.Features.Settings;

internal sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> e)
    {
        e.Property(x => x.Actor).HasMaxLength(200);
        e.Property(x => x.Subject).HasMaxLength(200);
        e.Property(x => x.Description).HasMaxLength(2000);
        e.HasIndex(x => x.At);
    }
}

internal sealed class PieceRuleConfiguration : IEntityTypeConfiguration<PieceRule>
{
    public void Configure(EntityTypeBuilder<PieceRule> e)
    {
        e.Property(x => x.Code).HasMaxLength(60);
        e.Property(x => x.Label).HasMaxLength(200);
        e.Property(x => x.Fiche).HasConversion<string>().HasMaxLength(20);
        e.Property(x => x.Condition).HasConversion<string>().HasMaxLength(40);
        e.HasIndex(x => x.Code).IsUnique();
    }
}

internal sealed class AuthorisationQuestionConfiguration : IEntityTypeConfiguration<AuthorisationQuestion>
{
    public void Configure(EntityTypeBuilder<AuthorisationQuestion> e) => e.Property(x => x.Wording).HasMaxLength(300);
}

internal sealed class InsuranceCompanyConfiguration : IEntityTypeConfiguration<InsuranceCompany>
{
    public void Configure(EntityTypeBuilder<InsuranceCompany> e)
    {
        e.Property(x => x.Name).HasMaxLength(100);
        e.HasIndex(x => x.Name).IsUnique();
    }
}

internal sealed class DossierCompletConfiguration : IEntityTypeConfiguration<DossierComplet>
{
    public void Configure(EntityTypeBuilder<DossierComplet> e)
    {
        e.HasOne<Child>().WithMany().HasForeignKey(x => x.ChildId);
        e.HasOne<Campaign>().WithMany().HasForeignKey(x => x.CampaignId);
        e.HasIndex(x => new { x.ChildId, x.CampaignId }).IsUnique();
    }
}
