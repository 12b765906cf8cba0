using Microsoft.EntityFrameworkCore;
using Platform.Features.Members;
using Platform.Persistence;

namespace Platform.Features.Fees;

/// <summary>How a quarter (the municipalities', or the regions') is split among its members.</summary>
public enum SplitRule
{
    /// <summary>In proportion to population on a reference date.</summary>
    Population,
    /// <summary>By fixed percentages in the förbundsordning.</summary>
    Fixed,
}

/// <summary>What a member who joins or leaves during the year pays.</summary>
public enum JoinLeaveRule
{
    /// <summary>Its share counts the months it is a member on the first day of (the others in its group pay the rest).</summary>
    ProRataMonths,
    /// <summary>Any member during the year pays a full year.</summary>
    WholeYear,
}

public enum InvoiceSchedule
{
    Yearly,
    HalfYearly,
    Quarterly,
}

public enum InvoiceKind
{
    Invoice,
    CreditNote,
}

public enum PaymentSource
{
    Manual,
    BgMax,
}

/// <summary>The association's decision on the members' fees for a year (medlemsavgifter).</summary>
public sealed class FeeDecision
{
    public Guid Id { get; init; }
    public int Year { get; init; }
    /// <summary>The total of all members' fees, whole kronor.</summary>
    public long Total { get; set; }
    public SplitRule MunicipalitySplit { get; set; }
    public SplitRule RegionSplit { get; set; }
    /// <summary>The date the population figures refer to.</summary>
    public DateOnly? PopulationDate { get; set; }
    /// <summary>The rule for members who join or leave, as it was when the decision was saved.</summary>
    public JoinLeaveRule JoinLeaveRule { get; set; }
    public DateOnly? DecidedOn { get; set; }
    /// <summary>Where it was decided, e.g. "Styrelsen 2025-11-14 § 45".</summary>
    public string? Reference { get; set; }
    public DateTime SavedAt { get; set; }
    public required string SavedBy { get; set; }
    public List<FeeShare> Shares { get; set; } = [];
}

/// <summary>One member's part of a fee decision: what it was weighted by and what it pays.</summary>
public sealed class FeeShare
{
    public Guid Id { get; init; }
    public Guid DecisionId { get; init; }
    public Guid MemberId { get; init; }
    /// <summary>The member's name when the decision was saved.</summary>
    public required string Member { get; set; }
    public MemberKind Kind { get; set; }
    /// <summary>Population, or a fixed percentage in hundredths of a percent (44 % = 4400); 1 for Försäkringskassan.</summary>
    public long Weight { get; set; }
    /// <summary>The months of the year that count, one bit each (bit 0 January); all twelve unless the member joined or left.</summary>
    public int MonthMask { get; set; }
    public int Months => System.Numerics.BitOperations.PopCount((uint)MonthMask);
    /// <summary>Whether <paramref name="month"/> (1–12) counts.</summary>
    public bool Counts(int month) => (MonthMask & (1 << (month - 1))) != 0;
    /// <summary>The year's fee, whole kronor.</summary>
    public long Amount { get; set; }
}

/// <summary>How and when the association invoices its members, and what its invoices say about it.</summary>
public sealed class FeeSettings
{
    public const int SingletonId = 1;

    public int Id { get; init; } = SingletonId;
    public InvoiceSchedule Schedule { get; set; } = InvoiceSchedule.Quarterly;
    /// <summary>The day of the period's first month the invoices are dated and sent (1–28).</summary>
    public int InvoiceDay { get; set; } = 15;
    public int DaysToPay { get; set; } = 30;
    /// <summary>Moms in percent; membership fees are outside VAT, so 0.</summary>
    public int VatPercent { get; set; }
    /// <summary>A reminder goes this many days after the due date, and again as many days later for the next level.</summary>
    public int ReminderDays { get; set; } = 10;
    /// <summary>How many reminders at most (0 = none).</summary>
    public int ReminderLevels { get; set; } = 2;
    public JoinLeaveRule JoinLeaveRule { get; set; } = JoinLeaveRule.ProRataMonths;
    public int FirstInvoiceNumber { get; set; } = 1001;
    public string? OrganisationNumber { get; set; }
    /// <summary>Shown as 123-4567 or 1234-5678.</summary>
    public string? Bankgiro { get; set; }
    public string? Street { get; set; }
    public string? PostalCode { get; set; }
    public string? City { get; set; }

    /// <summary>What must be filled in before the first invoice: the fields invoices cannot do without.</summary>
    public bool CanInvoice => OrganisationNumber is not null && Bankgiro is not null && Street is not null && PostalCode is not null && City is not null;
}

/// <summary>
/// An invoice or credit note. Everything printed on it is copied in when it is created, so it reads
/// the same years later; it is never changed afterwards, only credited.
/// </summary>
public sealed class Invoice
{
    public Guid Id { get; init; }
    /// <summary>From the association's own series; credit notes take numbers from it too.</summary>
    public int Number { get; init; }
    public InvoiceKind Kind { get; init; }
    /// <summary>What the invoice is for: one per member, year, period and issue (the unique key that keeps it to one).</summary>
    public required string Key { get; init; }
    public Guid MemberId { get; init; }
    public int Year { get; init; }
    /// <summary>"2026-Q1", "2026-H2" or "2026".</summary>
    public required string Period { get; init; }
    public DateOnly PeriodStart { get; init; }
    public DateOnly PeriodEnd { get; init; }
    public required string Text { get; init; }
    public DateOnly InvoiceDate { get; init; }
    public DateOnly DueDate { get; init; }
    /// <summary>Excluding VAT, öre (negative on a credit note).</summary>
    public long Net { get; init; }
    public int VatPercent { get; init; }
    public long Vat { get; init; }
    public long Total => Net + Vat;
    /// <summary>Null on credit notes: nothing is paid to them.</summary>
    public string? Ocr { get; init; }
    /// <summary>On a credit note: the invoice it credits.</summary>
    public Guid? CreditsInvoiceId { get; init; }
    public int? CreditsInvoiceNumber { get; init; }
    public string? CreditReason { get; init; }
    /// <summary>On a credit note: a new invoice for the same member and period is to be made by the next invoicing run.</summary>
    public bool Reissue { get; init; }

    public required string BuyerName { get; init; }
    public string? BuyerOrganisationNumber { get; init; }
    public string? BuyerEmail { get; init; }
    public string? BuyerReference { get; init; }
    public string? BuyerStreet { get; init; }
    public string? BuyerPostalCode { get; init; }
    public string? BuyerCity { get; init; }

    public required string SellerName { get; init; }
    public required string SellerOrganisationNumber { get; init; }
    public required string SellerStreet { get; init; }
    public required string SellerPostalCode { get; init; }
    public required string SellerCity { get; init; }
    public string? SellerEmail { get; init; }
    public required string Bankgiro { get; init; }

    public DateTime CreatedAt { get; init; }
    public required string CreatedBy { get; init; }
    /// <summary>When the email with the PDF was queued; null when the member has no invoice address.</summary>
    public DateTime? EmailedAt { get; set; }
}

/// <summary>Money received, matched to an invoice or (until someone matches it) not.</summary>
public sealed class Payment
{
    public Guid Id { get; init; }
    public Guid? InvoiceId { get; set; }
    /// <summary>öre.</summary>
    public long Amount { get; init; }
    public DateOnly PaidOn { get; init; }
    /// <summary>The reference the payer gave (the OCR number, or whatever they wrote).</summary>
    public string? Reference { get; init; }
    public string? Payer { get; init; }
    public PaymentSource Source { get; init; }
    public Guid? ImportId { get; init; }
    public string? Note { get; init; }
    public DateTime RegisteredAt { get; init; }
    public required string RegisteredBy { get; init; }
}

/// <summary>An imported BgMax file: its hash keeps it from being imported twice.</summary>
public sealed class PaymentImport
{
    public Guid Id { get; init; }
    public required string FileName { get; init; }
    public required string Sha256 { get; init; }
    /// <summary>Bankgirot's timestamp in the file's start record: the file's identity.</summary>
    public required string FileTimestamp { get; init; }
    public required string Bankgiro { get; init; }
    public int Payments { get; init; }
    public int Matched { get; init; }
    public long Amount { get; init; }
    public DateTime ImportedAt { get; init; }
    public required string ImportedBy { get; init; }
}

/// <summary>A reminder (påminnelse) sent for an invoice; one per level.</summary>
public sealed class InvoiceReminder
{
    public Guid Id { get; init; }
    public Guid InvoiceId { get; init; }
    public int Level { get; init; }
    public DateTime SentAt { get; init; }
}

internal static class FeeModel
{
    extension(TenantDb db)
    {
        public DbSet<FeeDecision> FeeDecisions => db.Set<FeeDecision>();
        public DbSet<Invoice> Invoices => db.Set<Invoice>();
        public DbSet<Payment> Payments => db.Set<Payment>();
        public DbSet<PaymentImport> PaymentImports => db.Set<PaymentImport>();
        public DbSet<InvoiceReminder> InvoiceReminders => db.Set<InvoiceReminder>();
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
    }
}
