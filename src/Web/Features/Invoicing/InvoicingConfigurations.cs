using DossierFamille.Web.Features.Families;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DossierFamille.Web.Features.Invoicing;

internal sealed class InvoiceConfiguration : IEntityTypeConfiguration<Invoice>
{
    public void Configure(EntityTypeBuilder<Invoice> e)
    {
        e.ToTable("Invoices");
        e.Property(x => x.Kind).HasConversion<string>().HasMaxLength(10);
        e.Property(x => x.Number).HasMaxLength(20);
        e.Property(x => x.UserId).HasMaxLength(450);
        e.Property(x => x.Reason).HasMaxLength(500);
        e.Property(x => x.HolderName).HasMaxLength(200);
        e.Property(x => x.FamilyReference).HasMaxLength(50);
        e.Property(x => x.HolderAddress).HasMaxLength(500);
        e.Property(x => x.Total).HasPrecision(12, 2);
        e.Property(x => x.PdfBlobName).HasMaxLength(300);
        e.Ignore(x => x.IsPaid);
        e.HasMany(x => x.Lines).WithOne().HasForeignKey(x => x.InvoiceId).OnDelete(DeleteBehavior.Cascade);
        // Kept for the accounts: a family with invoices is never deleted.
        e.HasOne<Family>().WithMany().HasForeignKey(x => x.FamilyId).OnDelete(DeleteBehavior.Restrict);
        e.HasOne<Invoice>().WithMany().HasForeignKey(x => x.CreditedInvoiceId).OnDelete(DeleteBehavior.Restrict);
        e.HasIndex(x => x.Number).IsUnique();
        e.HasIndex(x => x.RequestKey).IsUnique();
        // One invoice per account and month: two runs at once (two nodes) issue one set.
        e.HasIndex(x => new { x.Month, x.UserId }).IsUnique();
        e.HasIndex(x => new { x.FamilyId, x.UserId });
        e.HasIndex(x => new { x.DueDate, x.PaidAt });
    }
}

internal sealed class InvoiceLineConfiguration : IEntityTypeConfiguration<InvoiceLine>
{
    public void Configure(EntityTypeBuilder<InvoiceLine> e)
    {
        e.ToTable("InvoiceLines");
        e.Property(x => x.Kind).HasConversion<string>().HasMaxLength(30);
        e.Property(x => x.ChildName).HasMaxLength(200);
        e.Property(x => x.Activity).HasMaxLength(600);
        e.Property(x => x.Amount).HasPrecision(12, 2);
    }
}

internal sealed class InvoiceCounterConfiguration : IEntityTypeConfiguration<InvoiceCounter>
{
    public void Configure(EntityTypeBuilder<InvoiceCounter> e)
    {
        e.ToTable("InvoiceCounters");
        e.HasKey(x => new { x.Series, x.Year });
        e.Property(x => x.Series).HasMaxLength(1);
    }
}

internal sealed class InvoicingSettingsConfiguration : IEntityTypeConfiguration<InvoicingSettings>
{
    public void Configure(EntityTypeBuilder<InvoicingSettings> e)
    {
        e.ToTable("InvoicingSettings");
        e.Property(x => x.Id).ValueGeneratedNever();
    }
}

internal sealed class InvoicePaymentConfiguration : IEntityTypeConfiguration<InvoicePayment>
{
    public void Configure(EntityTypeBuilder<InvoicePayment> e)
    {
        e.ToTable("InvoicePayments");
        e.Property(x => x.Id).ValueGeneratedNever();
        e.Property(x => x.UserId).HasMaxLength(450);
        e.Property(x => x.Mode).HasConversion<string>().HasMaxLength(20);
        e.Property(x => x.Amount).HasPrecision(12, 2);
        e.Property(x => x.Reference).HasMaxLength(100);
        e.Property(x => x.RecordedBy).HasMaxLength(200);
        e.HasOne<Invoice>().WithMany().HasForeignKey(x => x.InvoiceId).OnDelete(DeleteBehavior.Restrict);
        // One row per online payment, however many times its result is recorded.
        e.HasOne<Payments.PaymentOperation>().WithMany().HasForeignKey(x => x.PaymentOperationId).OnDelete(DeleteBehavior.Restrict);
        e.HasIndex(x => x.PaymentOperationId).IsUnique();
        e.HasIndex(x => x.InvoiceId);
        e.HasIndex(x => new { x.FamilyId, x.UserId });
    }
}
