using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DossierFamille.Web.Features.Payments;

internal sealed class PaymentOperationConfiguration : IEntityTypeConfiguration<PaymentOperation>
{
    public void Configure(EntityTypeBuilder<PaymentOperation> e)
    {
        e.ToTable("PaymentOperations");
        e.Property(x => x.Id).ValueGeneratedNever();
        e.Property(x => x.UserId).HasMaxLength(450);
        e.Property(x => x.Purpose).HasMaxLength(40);
        e.Property(x => x.PurposeReference).HasMaxLength(100);
        e.Property(x => x.Refdet).HasMaxLength(30);
        e.Property(x => x.Objet).HasMaxLength(200);
        e.Property(x => x.Amount).HasPrecision(12, 2);
        e.Property(x => x.Email).HasMaxLength(256);
        e.Property(x => x.IdOp).HasMaxLength(64);
        // The state is the concurrency token: leaving "pending" is written once, whoever races for it.
        e.Property(x => x.State).HasConversion<string>().HasMaxLength(20).IsConcurrencyToken();
        e.Property(x => x.ResultCode).HasMaxLength(1);
        e.Property(x => x.AuthorisationNumber).HasMaxLength(20);
        e.Ignore(x => x.AmountCents);
        e.Ignore(x => x.IsPending);
        e.HasIndex(x => x.IdOp).IsUnique();
        e.HasIndex(x => new { x.UserId, x.Refdet });
        e.HasIndex(x => new { x.Purpose, x.PurposeReference });
    }
}
