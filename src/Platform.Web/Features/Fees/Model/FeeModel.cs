using Microsoft.EntityFrameworkCore;
using Platform.Persistence;

namespace Platform.Features.Fees.Model;

internal static class FeeModel
{
    extension(TenantDb db)
    {
        public DbSet<FeeDecision> FeeDecisions => db.Set<FeeDecision>();
        public DbSet<Invoice> Invoices => db.Set<Invoice>();
        public DbSet<Payment> Payments => db.Set<Payment>();
        public DbSet<PaymentImport> PaymentImports => db.Set<PaymentImport>();
        public DbSet<InvoiceReminder> InvoiceReminders => db.Set<InvoiceReminder>();
        public DbSet<InvoicingFailure> InvoicingFailures => db.Set<InvoicingFailure>();
    }

    public static void Configure(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<FeeDecision>(decision =>
        {
            decision.ToTable("FeeDecisions");
            decision.HasKey(d => d.Id);
            decision.Property(d => d.Id).ValueGeneratedNever();
            decision.HasIndex(d => d.Year).IsUnique();
            decision.Property(d => d.MunicipalitySplit).HasConversion<string>().HasMaxLength(32);
            decision.Property(d => d.RegionSplit).HasConversion<string>().HasMaxLength(32);
            decision.Property(d => d.JoinLeaveRule).HasConversion<string>().HasMaxLength(32);
            decision.Property(d => d.Reference).HasMaxLength(200);
            decision.Property(d => d.SavedBy).HasMaxLength(254);
            decision.HasMany(d => d.Shares).WithOne().HasForeignKey(s => s.DecisionId).OnDelete(DeleteBehavior.Cascade);
        });
        modelBuilder.Entity<FeeShare>(share =>
        {
            share.ToTable("FeeShares");
            share.HasKey(s => s.Id);
            share.Property(s => s.Id).ValueGeneratedNever();
            share.HasIndex(s => new { s.DecisionId, s.MemberId }).IsUnique();
            share.Property(s => s.Member).HasMaxLength(200);
            share.Ignore(s => s.Months);
            share.Property(s => s.Kind).HasConversion<string>().HasMaxLength(32);
        });
        modelBuilder.Entity<FeeSettings>(settings =>
        {
            settings.ToTable("FeeSettings", t => t.HasCheckConstraint("CK_FeeSettings_Singleton", $"Id = {FeeSettings.SingletonId}"));
            settings.HasKey(s => s.Id);
            settings.Property(s => s.Id).ValueGeneratedNever();
            settings.Property(s => s.Schedule).HasConversion<string>().HasMaxLength(32);
            settings.Property(s => s.JoinLeaveRule).HasConversion<string>().HasMaxLength(32);
            settings.Property(s => s.OrganisationNumber).HasMaxLength(11);
            settings.Property(s => s.Bankgiro).HasMaxLength(9);
            settings.Property(s => s.Street).HasMaxLength(200);
            settings.Property(s => s.PostalCode).HasMaxLength(10);
            settings.Property(s => s.City).HasMaxLength(100);
        });
        modelBuilder.Entity<Invoice>(invoice =>
        {
            invoice.ToTable("Invoices");
            invoice.HasKey(i => i.Id);
            invoice.Property(i => i.Id).ValueGeneratedNever();
            invoice.HasIndex(i => i.Number).IsUnique();
            invoice.HasIndex(i => i.Key).IsUnique();
            invoice.HasIndex(i => i.Ocr).IsUnique();
            invoice.HasIndex(i => new { i.Year, i.MemberId });
            invoice.Ignore(i => i.Total);
            invoice.Property(i => i.Kind).HasConversion<string>().HasMaxLength(16);
            invoice.Property(i => i.Key).HasMaxLength(120);
            invoice.Property(i => i.Period).HasMaxLength(16);
            invoice.Property(i => i.Text).HasMaxLength(200);
            invoice.Property(i => i.Ocr).HasMaxLength(25);
            invoice.Property(i => i.CreditReason).HasMaxLength(500);
            foreach (var name in new[] { nameof(Invoice.BuyerName), nameof(Invoice.SellerName), nameof(Invoice.BuyerStreet), nameof(Invoice.SellerStreet), nameof(Invoice.BuyerReference) })
                invoice.Property(name).HasMaxLength(200);
            foreach (var name in new[] { nameof(Invoice.BuyerCity), nameof(Invoice.SellerCity) })
                invoice.Property(name).HasMaxLength(100);
            foreach (var name in new[] { nameof(Invoice.BuyerPostalCode), nameof(Invoice.SellerPostalCode) })
                invoice.Property(name).HasMaxLength(10);
            foreach (var name in new[] { nameof(Invoice.BuyerEmail), nameof(Invoice.SellerEmail), nameof(Invoice.CreatedBy) })
                invoice.Property(name).HasMaxLength(254);
            invoice.Property(i => i.BuyerOrganisationNumber).HasMaxLength(11);
            invoice.Property(i => i.SellerOrganisationNumber).HasMaxLength(11);
            invoice.Property(i => i.Bankgiro).HasMaxLength(9);
        });
        modelBuilder.Entity<Payment>(payment =>
        {
            payment.ToTable("Payments");
            payment.HasKey(p => p.Id);
            payment.Property(p => p.Id).ValueGeneratedNever();
            payment.HasIndex(p => p.InvoiceId);
            payment.HasOne<Invoice>().WithMany().HasForeignKey(p => p.InvoiceId).OnDelete(DeleteBehavior.Restrict);
            payment.HasOne<PaymentImport>().WithMany().HasForeignKey(p => p.ImportId).OnDelete(DeleteBehavior.Restrict);
            payment.Property(p => p.Source).HasConversion<string>().HasMaxLength(16);
            payment.Property(p => p.Reference).HasMaxLength(25);
            payment.Property(p => p.Payer).HasMaxLength(200);
            payment.Property(p => p.Note).HasMaxLength(500);
            payment.Property(p => p.RegisteredBy).HasMaxLength(254);
            payment.Property(p => p.ReversedBy).HasMaxLength(254);
            payment.Property(p => p.ReversalReason).HasMaxLength(500);
            payment.Ignore(p => p.IsReversed);
        });
        modelBuilder.Entity<PaymentImport>(import =>
        {
            import.ToTable("PaymentImports");
            import.HasKey(i => i.Id);
            import.Property(i => i.Id).ValueGeneratedNever();
            import.HasIndex(i => i.Sha256).IsUnique();
            import.Property(i => i.Sha256).HasMaxLength(64);
            import.Property(i => i.FileName).HasMaxLength(200);
            import.Property(i => i.FileTimestamp).HasMaxLength(20);
            import.HasIndex(i => i.FileTimestamp).IsUnique();
            import.Property(i => i.Bankgiro).HasMaxLength(9);
            import.Property(i => i.ImportedBy).HasMaxLength(254);
        });
        modelBuilder.Entity<InvoiceReminder>(reminder =>
        {
            reminder.ToTable("InvoiceReminders");
            reminder.HasKey(r => r.Id);
            reminder.Property(r => r.Id).ValueGeneratedNever();
            reminder.HasIndex(r => new { r.InvoiceId, r.Level }).IsUnique();
            reminder.HasOne<Invoice>().WithMany().HasForeignKey(r => r.InvoiceId).OnDelete(DeleteBehavior.Cascade);
        });
        modelBuilder.Entity<InvoicingFailure>(failure =>
        {
            failure.ToTable("InvoicingFailures");
            failure.HasKey(f => f.Id);
            failure.Property(f => f.Id).ValueGeneratedNever();
            failure.HasIndex(f => f.Key).IsUnique();
            failure.HasIndex(f => f.Year);
            failure.Property(f => f.Key).HasMaxLength(120);
            failure.Property(f => f.Member).HasMaxLength(200);
            failure.Property(f => f.What).HasMaxLength(200);
            failure.Property(f => f.Reason).HasMaxLength(500);
        });
    }
}
