using DossierFamille.Web.Features.Commune;
using DossierFamille.Web.Features.Families;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DossierFamille.Web.Features.Reglements;

internal sealed class ReglementConfiguration : IEntityTypeConfiguration<Reglement>
{
    public void Configure(EntityTypeBuilder<Reglement> e)
    {
        e.Property(x => x.BlobName).HasMaxLength(300);
        e.Property(x => x.Sha256).HasMaxLength(64);
        e.Property(x => x.PublishedBy).HasMaxLength(200);
        e.HasIndex(x => new { x.StructureId, x.Version }).IsUnique();
        e.HasOne<Structure>().WithMany().HasForeignKey(x => x.StructureId);
    }
}

internal sealed class ReglementSignatureConfiguration : IEntityTypeConfiguration<ReglementSignature>
{
    public void Configure(EntityTypeBuilder<ReglementSignature> e)
    {
        e.Property(x => x.UserId).HasMaxLength(450);
        e.Property(x => x.SchoolYear).HasMaxLength(9);
        e.Property(x => x.DocumentSha256).HasMaxLength(64);
        e.Property(x => x.SignerName).HasMaxLength(200);
        e.Property(x => x.Place).HasMaxLength(200);
        e.Property(x => x.SignedOn).HasMaxLength(40);
        e.Property(x => x.IpAddress).HasMaxLength(64);
        e.Property(x => x.UserAgent).HasMaxLength(500);
        e.Property(x => x.Wording).HasMaxLength(300);
        e.Property(x => x.PreviousHash).HasMaxLength(64);
        e.Property(x => x.Hash).HasMaxLength(64);
        // One row per link: two signatures racing for the same tail cannot both join the chain.
        e.HasIndex(x => x.PreviousHash).IsUnique();
        e.HasIndex(x => new { x.ReglementId, x.ChildId }).IsUnique();
        e.HasIndex(x => x.FamilyId);
        e.HasOne<Reglement>().WithMany().HasForeignKey(x => x.ReglementId);
        e.HasOne<Child>().WithMany().HasForeignKey(x => x.ChildId);
    }
}

internal sealed class SignatureChainAnchorConfiguration : IEntityTypeConfiguration<SignatureChainAnchor>
{
    public void Configure(EntityTypeBuilder<SignatureChainAnchor> e)
    {
        e.ToTable("SignatureChainAnchors");
        e.Property(x => x.Id).ValueGeneratedNever();
        e.Property(x => x.Hash).HasMaxLength(64);
    }
}
