using DossierFamille.Web.Features.Commune;
using DossierFamille.Web.Features.Families;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DossierFamille.Web.Features.Dossier;

internal sealed class FicheConfiguration : IEntityTypeConfiguration<Fiche>
{
    public void Configure(EntityTypeBuilder<Fiche> e)
    {
        e.Property(x => x.Kind).HasConversion<string>().HasMaxLength(20);
        e.Property(x => x.Status).HasConversion<string>().HasMaxLength(20);
        e.Property(x => x.Title).HasMaxLength(200);
        e.Property(x => x.Motif).HasMaxLength(2000);
        e.Property(x => x.DecidedBy).HasMaxLength(200);
        e.Property(x => x.Revision).IsConcurrencyToken();
        e.HasOne<Family>().WithMany().HasForeignKey(x => x.FamilyId);
        e.HasOne<Campaign>().WithMany().HasForeignKey(x => x.CampaignId);
        e.HasOne<Responsable>().WithMany().HasForeignKey(x => x.ResponsableId);
        e.HasOne<Responsable>().WithMany().HasForeignKey(x => x.DeclaredByResponsableId);
        e.HasOne<Child>().WithMany().HasForeignKey(x => x.ChildId);
        e.HasIndex(x => new { x.CampaignId, x.ResponsableId }).IsUnique();
        e.HasIndex(x => new { x.CampaignId, x.ChildId }).IsUnique();
        e.HasIndex(x => new { x.FamilyId, x.CampaignId });
        e.HasIndex(x => new { x.Status, x.TransmittedAt });
        e.HasMany(x => x.Pieces).WithOne(x => x.Fiche).HasForeignKey(x => x.FicheId);
        e.Ignore(x => x.IsEditable);
    }
}

internal sealed class FichePieceConfiguration : IEntityTypeConfiguration<FichePiece>
{
    public void Configure(EntityTypeBuilder<FichePiece> e)
    {
        e.Property(x => x.PieceCode).HasMaxLength(60);
        e.Property(x => x.BlobName).HasMaxLength(300);
        e.Property(x => x.ThumbnailBlobName).HasMaxLength(300);
        e.Property(x => x.DisplayName).HasMaxLength(200);
        e.Property(x => x.ContentType).HasMaxLength(100);
        e.Property(x => x.Sha256).HasMaxLength(64);
        e.HasIndex(x => x.BlobName).IsUnique();
    }
}

internal sealed class FicheEventConfiguration : IEntityTypeConfiguration<FicheEvent>
{
    public void Configure(EntityTypeBuilder<FicheEvent> e)
    {
        e.Property(x => x.Actor).HasMaxLength(200);
        e.Property(x => x.Action).HasMaxLength(100);
        e.Property(x => x.Detail).HasMaxLength(2000);
        e.HasIndex(x => new { x.FicheId, x.At });
        e.HasOne<Fiche>().WithMany().HasForeignKey(x => x.FicheId);
    }
}
