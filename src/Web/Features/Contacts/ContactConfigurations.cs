using DossierFamille.Web.Features.Families;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DossierFamille.Web.Features.Contacts;

internal sealed class ContactConfiguration : IEntityTypeConfiguration<Contact>
{
    public void Configure(EntityTypeBuilder<Contact> e)
    {
        e.Property(x => x.FirstName).HasMaxLength(100);
        e.Property(x => x.LastName).HasMaxLength(100);
        e.Property(x => x.Phone).HasMaxLength(20);
        e.HasOne<Family>().WithMany().HasForeignKey(x => x.FamilyId);
        e.HasMany(x => x.Children).WithOne(x => x.Contact).HasForeignKey(x => x.ContactId);
        e.Ignore(x => x.FullName);
    }
}

internal sealed class ChildContactConfiguration : IEntityTypeConfiguration<ChildContact>
{
    public void Configure(EntityTypeBuilder<ChildContact> e)
    {
        e.HasKey(x => new { x.ContactId, x.ChildId });
        e.Property(x => x.Relationship).HasMaxLength(60);
        e.HasOne<Child>().WithMany().HasForeignKey(x => x.ChildId).OnDelete(DeleteBehavior.NoAction);
    }
}
