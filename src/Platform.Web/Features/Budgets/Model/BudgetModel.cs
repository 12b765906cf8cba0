using Microsoft.EntityFrameworkCore;
using Platform.Features.Members;
using Platform.Persistence;

namespace Platform.Features.Budgets.Model;

internal static class BudgetModel
{
    extension(TenantDb db)
    {
        public DbSet<BudgetItem> BudgetItems => db.Set<BudgetItem>();
        public DbSet<Budget> Budgets => db.Set<Budget>();
        public DbSet<BudgetRow> BudgetRows => db.Set<BudgetRow>();
        public DbSet<BudgetSettings> BudgetSettings => db.Set<BudgetSettings>();
        public DbSet<ContributionOffer> ContributionOffers => db.Set<ContributionOffer>();
        public DbSet<SieImport> SieImports => db.Set<SieImport>();
        public DbSet<SieAmount> SieAmounts => db.Set<SieAmount>();
        public DbSet<AccountMapping> AccountMappings => db.Set<AccountMapping>();
        public DbSet<OutcomeEntry> OutcomeEntries => db.Set<OutcomeEntry>();
        public DbSet<MemberReportSent> MemberReportsSent => db.Set<MemberReportSent>();

        /// <summary>The association's budget settings as saved, or the defaults (read only).</summary>
        public async Task<Platform.Features.Budgets.Model.BudgetSettings> ReadBudgetSettingsAsync(CancellationToken ct) =>
            await db.BudgetSettings.AsNoTracking().SingleOrDefaultAsync(s => s.Id == Platform.Features.Budgets.Model.BudgetSettings.SingleId, ct) ?? new Platform.Features.Budgets.Model.BudgetSettings();
    }

    public static void Configure(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<BudgetItem>(i =>
        {
            i.ToTable("BudgetItems");
            i.Property(x => x.Id).ValueGeneratedNever();
            i.Property(x => x.Group).HasConversion<string>().HasMaxLength(32);
            i.Property(x => x.Heading).HasMaxLength(100);
            i.Property(x => x.Name).HasMaxLength(100);
            i.HasIndex(x => new { x.Group, x.Name }).IsUnique();
            i.HasIndex(x => x.MemberId).IsUnique();
            i.HasIndex(x => x.InterventionId).IsUnique();
            i.HasOne<Member>().WithMany().HasForeignKey(x => x.MemberId).OnDelete(DeleteBehavior.Restrict);
            // The intervention is the Interventions feature's record: looked up through what it publishes.
        });
        modelBuilder.Entity<Budget>(b =>
        {
            b.ToTable("Budgets");
            b.Property(x => x.Id).ValueGeneratedNever();
            b.HasIndex(x => new { x.Year, x.Version }).IsUnique();
            b.Property(x => x.State).HasConversion<string>().HasMaxLength(16);
            b.Property(x => x.AdoptedReference).HasMaxLength(200);
            b.Property(x => x.Note).HasMaxLength(2000);
            b.Property(x => x.CreatedBy).HasMaxLength(254);
            b.HasMany(x => x.Rows).WithOne().HasForeignKey(x => x.BudgetId).OnDelete(DeleteBehavior.Cascade);
        });
        modelBuilder.Entity<BudgetRow>(r =>
        {
            r.ToTable("BudgetRows");
            r.HasKey(x => new { x.BudgetId, x.ItemId });
            r.HasOne<BudgetItem>().WithMany().HasForeignKey(x => x.ItemId).OnDelete(DeleteBehavior.Restrict);
        });
        modelBuilder.Entity<BudgetSettings>(s =>
        {
            s.ToTable("BudgetSettings");
            s.Property(x => x.Id).ValueGeneratedNever();
            s.Property(x => x.SalaryIndexPercent).HasPrecision(5, 2);
            s.Property(x => x.CapitalCeilingPercent).HasPrecision(5, 2);
            s.HasData(new BudgetSettings());
        });
        modelBuilder.Entity<ContributionOffer>(o =>
        {
            o.ToTable("ContributionOffers");
            o.Property(x => x.Id).ValueGeneratedNever();
            o.Property(x => x.Party).HasConversion<string>().HasMaxLength(16);
            o.HasIndex(x => new { x.Year, x.Party }).IsUnique();
            o.Property(x => x.Note).HasMaxLength(500);
            o.Property(x => x.UpdatedBy).HasMaxLength(254);
        });
        modelBuilder.Entity<SieImport>(f =>
        {
            f.ToTable("SieImports");
            f.Property(x => x.Id).ValueGeneratedNever();
            f.Property(x => x.FileHash).HasMaxLength(64);
            f.HasIndex(x => x.FileHash).IsUnique();
            f.Property(x => x.FileName).HasMaxLength(255);
            f.Property(x => x.OrganisationNumber).HasMaxLength(11);
            f.Property(x => x.CompanyName).HasMaxLength(200);
            f.Property(x => x.Program).HasMaxLength(200);
            f.Property(x => x.ImportedBy).HasMaxLength(254);
            f.HasIndex(x => x.FiscalYearStart);
            f.HasMany(x => x.Amounts).WithOne().HasForeignKey(x => x.ImportId).OnDelete(DeleteBehavior.Cascade);
        });
        modelBuilder.Entity<SieAmount>(a =>
        {
            a.ToTable("SieAmounts");
            a.HasKey(x => new { x.ImportId, x.Account, x.Year, x.Month });
            a.Property(x => x.Account).HasMaxLength(10);
            a.Property(x => x.AccountName).HasMaxLength(200);
        });
        modelBuilder.Entity<AccountMapping>(m =>
        {
            m.ToTable("AccountMappings");
            m.HasKey(x => x.Account);
            m.Property(x => x.Account).HasMaxLength(10);
            m.Property(x => x.UpdatedBy).HasMaxLength(254);
            m.HasOne<BudgetItem>().WithMany().HasForeignKey(x => x.ItemId).OnDelete(DeleteBehavior.Restrict);
        });
        modelBuilder.Entity<OutcomeEntry>(e =>
        {
            e.ToTable("OutcomeEntries");
            e.Property(x => x.Id).ValueGeneratedNever();
            e.HasIndex(x => new { x.ItemId, x.Year, x.Month }).IsUnique();
            e.Property(x => x.Note).HasMaxLength(500);
            e.Property(x => x.EnteredBy).HasMaxLength(254);
            e.HasOne<BudgetItem>().WithMany().HasForeignKey(x => x.ItemId).OnDelete(DeleteBehavior.Restrict);
        });
        modelBuilder.Entity<MemberReportSent>(r =>
        {
            r.ToTable("MemberReportsSent");
            r.HasKey(x => new { x.MemberId, x.Year });
            r.Property(x => x.Email).HasMaxLength(254);
            r.HasOne<Member>().WithMany().HasForeignKey(x => x.MemberId).OnDelete(DeleteBehavior.Cascade);
        });
    }

    public static string SwedishLabel(this BudgetGroup group) => group switch
    {
        BudgetGroup.MemberContributions => "Medlemsavgifter",
        BudgetGroup.Grants => "Bidrag",
        BudgetGroup.OtherIncome => "Övriga intäkter",
        BudgetGroup.Interventions => "Insatser",
        BudgetGroup.Cooperation => "Stöd för samverkan",
        BudgetGroup.Administration => "Administrativa kostnader",
        _ => group.ToString(),
    };

    public static bool IsIncome(this BudgetGroup group) => group is BudgetGroup.MemberContributions or BudgetGroup.Grants or BudgetGroup.OtherIncome;

    /// <summary>The API's stable code of an enum value of the budget's (a group "memberContributions", a source "feeDecision", a party "region").</summary>
    public static string Code<TEnum>(this TEnum value) where TEnum : struct, Enum => System.Text.Json.JsonNamingPolicy.CamelCase.ConvertName(value.ToString());

    /// <summary>The state as the board and the API say it: förslag, fastställd, reviderad (an adopted revision), ersatt.</summary>
    public static string SwedishLabel(this Budget budget) => budget.State switch
    {
        BudgetState.Proposal => "förslag",
        BudgetState.Adopted when budget.Version > 1 => "reviderad",
        BudgetState.Adopted => "fastställd",
        BudgetState.Replaced => "ersatt",
        _ => budget.State.ToString(),
    };

    public static string SwedishLabel(this OfferParty party) => party switch
    {
        OfferParty.State => "Staten (Försäkringskassan och Arbetsförmedlingen)",
        OfferParty.Region => "Regionen",
        OfferParty.Municipalities => "Kommunerna",
        _ => party.ToString(),
    };

    /// <summary>The party's fixed share of the total, in per cent.</summary>
    public static int SharePercent(this OfferParty party) => party == OfferParty.State ? 50 : 25;
}
