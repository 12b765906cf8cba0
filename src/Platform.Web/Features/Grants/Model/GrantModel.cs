using Microsoft.EntityFrameworkCore;
using Platform.Features.Members;
using Platform.Persistence;

namespace Platform.Features.Grants.Model;

internal static class GrantModel
{
    extension(TenantDb db)
    {
        public DbSet<FundingApplication> FundingApplications => db.Set<FundingApplication>();
        public DbSet<ApplicationParty> ApplicationParties => db.Set<ApplicationParty>();
        public DbSet<TemplateSection> TemplateSections => db.Set<TemplateSection>();
        public DbSet<SectionAnswer> SectionAnswers => db.Set<SectionAnswer>();
        public DbSet<ApplicationGoal> ApplicationGoals => db.Set<ApplicationGoal>();
        public DbSet<CostType> CostTypes => db.Set<CostType>();
        public DbSet<BudgetLine> BudgetLines => db.Set<BudgetLine>();
        public DbSet<BudgetAmount> BudgetAmounts => db.Set<BudgetAmount>();
        public DbSet<ApplicationAttachment> ApplicationAttachments => db.Set<ApplicationAttachment>();
        public DbSet<ApplicationVersion> ApplicationVersions => db.Set<ApplicationVersion>();
        public DbSet<ApplicationEvent> ApplicationEvents => db.Set<ApplicationEvent>();
        public DbSet<SupplementRequest> SupplementRequests => db.Set<SupplementRequest>();
        public DbSet<Recommendation> Recommendations => db.Set<Recommendation>();
        public DbSet<ConflictOfInterest> ConflictsOfInterest => db.Set<ConflictOfInterest>();
        public DbSet<GrantYear> GrantYears => db.Set<GrantYear>();
        public DbSet<GrantPayment> GrantPayments => db.Set<GrantPayment>();
        public DbSet<GrantReport> GrantReports => db.Set<GrantReport>();
        public DbSet<ReportReminder> ReportReminders => db.Set<ReportReminder>();
        public DbSet<GrantSettings> GrantSettings => db.Set<GrantSettings>();
    }

    /// <summary>The template every association starts with: the sections of Sundsvall's "Mall för insatsbeskrivningar" (seed 004), editable.</summary>
    public static IReadOnlyList<TemplateSection> SeededSections { get; } =
    [
        Section(1, "background", "Bakgrund till insatsen", "Varför behövs insatsen? Beskriv behovet ni ser, vad som har gjorts tidigare och vad det ledde till."),
        Section(2, "purpose", "Syftet med insatsen", "Vad ska insatsen åstadkomma för dem den riktar sig till?"),
        Section(3, "targetGroup", "Målgruppen för insatsen", "Vilka personer är insatsen till för, och vilka parter aktualiserar dem?"),
        Section(4, "scope", "Avgränsningar och mervärde", "Vad ingår och vad ingår inte? Vad tillför insatsen utöver parternas ordinarie uppdrag?"),
        Section(5, "implementation", "Genomförande och samverkan", "Hur organiseras insatsen, vilka metoder används och hur samverkar parterna?"),
        Section(6, "equality", "Jämställdhet", "Hur säkerställer ni att kvinnor och män får samma möjligheter i insatsen? Resultaten redovisas uppdelade på kön."),
        Section(7, "spreading", "Resultatspridning", "Hur följs insatsen upp och hur sprids resultaten? Rapport lämnas två gånger per år: halvårsrapport och årsrapport."),
        Section(8, "partyResults", "Förväntat resultat för de samverkande parterna", "Vad vinner parterna på insatsen, och kan den bli en del av ordinarie verksamhet efteråt?"),
        Section(9, "individualResults", "Förväntat resultat för individerna", "Vad förväntas deltagarna ha uppnått när de avslutar insatsen?"),
    ];

    /// <summary>The cost types of Sundsvall's budget form ("4. Sökta medel").</summary>
    public static IReadOnlyList<CostType> SeededCostTypes { get; } =
    [
        new() { Id = new Guid("2a1f0c1e-0022-4000-8000-000000000101"), Order = 1, Name = "Lönekostnader" },
        new() { Id = new Guid("2a1f0c1e-0022-4000-8000-000000000102"), Order = 2, Name = "Lokalkostnader" },
        new() { Id = new Guid("2a1f0c1e-0022-4000-8000-000000000103"), Order = 3, Name = "Material (IT och telefoni)" },
        new() { Id = new Guid("2a1f0c1e-0022-4000-8000-000000000104"), Order = 4, Name = "Övriga kostnader", RequiresSpecification = true },
    ];

    /// <summary>Sundsvall's words before the form: the rule of two member parties is said before the applicant starts.</summary>
    public const string SeededIntroduction =
        "Fyll i ansökan nedan. Ett krav för att ansökan ska behandlas är att den tar upp samverkan mellan minst två av förbundets medlemmar " +
        "(den ansvariga parten och minst en samverkanspart). Till ansökan ska bifogas en budget, och för mer omfattande ansökningar en separat beskrivning av insatsen.";

    private static TemplateSection Section(int order, string key, string title, string guidance) => new()
    {
        Id = new Guid($"2a1f0c1e-0022-4000-8000-0000000000{order:D2}"),
        Order = order,
        Key = key,
        Title = title,
        Guidance = guidance,
        Required = true,
    };

    public static void Configure(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<FundingApplication>(a =>
        {
            a.ToTable("FundingApplications");
            a.Property(x => x.Id).ValueGeneratedNever();
            a.HasIndex(x => x.Number).IsUnique();
            a.Property(x => x.State).HasConversion<string>().HasMaxLength(32);
            a.HasIndex(x => x.State);
            a.Property(x => x.Title).HasMaxLength(200);
            a.Property(x => x.Summary).HasMaxLength(4000);
            a.Property(x => x.ApplicantOrganisation).HasMaxLength(200);
            a.Property(x => x.ApplicantUnit).HasMaxLength(200);
            a.Property(x => x.ApplicantSignatory).HasMaxLength(200);
            a.Property(x => x.ApplicantOrganisationNumber).HasMaxLength(11);
            a.Property(x => x.ApplicantStreet).HasMaxLength(200);
            a.Property(x => x.ApplicantPostalCode).HasMaxLength(6);
            a.Property(x => x.ApplicantCity).HasMaxLength(100);
            a.Property(x => x.ContactName).HasMaxLength(200);
            a.Property(x => x.ContactPhone).HasMaxLength(40);
            a.Property(x => x.ContactEmail).HasMaxLength(254);
            a.Property(x => x.PaymentAccountKind).HasConversion<string>().HasMaxLength(16);
            a.Property(x => x.PaymentAccount).HasMaxLength(20);
            a.Property(x => x.AccessKeyHash).HasMaxLength(64);
            a.HasIndex(x => x.AccessKeyHash).IsUnique();
            a.Property(x => x.Conditions).HasMaxLength(2000);
            a.Property(x => x.AgreementSignedBy).HasMaxLength(200);
            a.HasOne<Member>().WithMany().HasForeignKey(x => x.ApplicantMemberId).OnDelete(DeleteBehavior.Restrict);
            // Board's agenda item and paragraph, and the intervention, are other features' records: looked up through what they publish.
            a.HasIndex(x => x.AgendaItemId);
            a.HasIndex(x => x.InterventionId);
        });
        modelBuilder.Entity<ApplicationParty>(p =>
        {
            p.ToTable("ApplicationParties");
            p.Property(x => x.Id).ValueGeneratedNever();
            p.Property(x => x.Organisation).HasMaxLength(200);
            p.Property(x => x.Unit).HasMaxLength(200);
            p.Property(x => x.Signatory).HasMaxLength(200);
            p.Property(x => x.ContactName).HasMaxLength(200);
            p.Property(x => x.ContactPhone).HasMaxLength(40);
            p.Property(x => x.ContactEmail).HasMaxLength(254);
            p.HasIndex(x => new { x.ApplicationId, x.Order });
            p.HasOne<FundingApplication>().WithMany().HasForeignKey(x => x.ApplicationId).OnDelete(DeleteBehavior.Cascade);
            p.HasOne<Member>().WithMany().HasForeignKey(x => x.MemberId).OnDelete(DeleteBehavior.Restrict);
        });
        modelBuilder.Entity<TemplateSection>(s =>
        {
            s.ToTable("TemplateSections");
            s.Property(x => x.Id).ValueGeneratedNever();
            s.Property(x => x.Key).HasMaxLength(40);
            s.HasIndex(x => x.Key).IsUnique();
            s.Property(x => x.Title).HasMaxLength(200);
            s.Property(x => x.Guidance).HasMaxLength(2000);
            s.HasData(SeededSections);
        });
        modelBuilder.Entity<SectionAnswer>(s =>
        {
            s.ToTable("SectionAnswers");
            s.HasKey(x => new { x.ApplicationId, x.SectionId });
            s.Property(x => x.Text).HasMaxLength(20000);
            s.HasOne<FundingApplication>().WithMany().HasForeignKey(x => x.ApplicationId).OnDelete(DeleteBehavior.Cascade);
            s.HasOne<TemplateSection>().WithMany().HasForeignKey(x => x.SectionId).OnDelete(DeleteBehavior.Restrict);
        });
        modelBuilder.Entity<ApplicationGoal>(g =>
        {
            g.ToTable("ApplicationGoals");
            g.Property(x => x.Id).ValueGeneratedNever();
            g.Property(x => x.Text).HasMaxLength(500);
            g.Property(x => x.Indicator).HasMaxLength(500);
            g.HasIndex(x => new { x.ApplicationId, x.Order });
            g.HasOne<FundingApplication>().WithMany().HasForeignKey(x => x.ApplicationId).OnDelete(DeleteBehavior.Cascade);
        });
        modelBuilder.Entity<CostType>(c =>
        {
            c.ToTable("CostTypes");
            c.Property(x => x.Id).ValueGeneratedNever();
            c.Property(x => x.Name).HasMaxLength(100);
            c.HasIndex(x => x.Name).IsUnique();
            c.HasData(SeededCostTypes);
        });
        modelBuilder.Entity<BudgetLine>(l =>
        {
            l.ToTable("BudgetLines");
            l.Property(x => x.Id).ValueGeneratedNever();
            l.Property(x => x.Specification).HasMaxLength(200);
            l.HasIndex(x => new { x.ApplicationId, x.CostTypeId }).IsUnique();
            l.HasOne<FundingApplication>().WithMany().HasForeignKey(x => x.ApplicationId).OnDelete(DeleteBehavior.Cascade);
            l.HasOne<CostType>().WithMany().HasForeignKey(x => x.CostTypeId).OnDelete(DeleteBehavior.Restrict);
            l.HasMany(x => x.Amounts).WithOne().HasForeignKey(x => x.LineId).OnDelete(DeleteBehavior.Cascade);
        });
        modelBuilder.Entity<BudgetAmount>(b =>
        {
            b.ToTable("BudgetAmounts");
            b.HasKey(x => new { x.LineId, x.Year });
        });
        modelBuilder.Entity<ApplicationAttachment>(a =>
        {
            a.ToTable("ApplicationAttachments");
            a.Property(x => x.Id).ValueGeneratedNever();
            a.Property(x => x.FileName).HasMaxLength(200);
            a.Property(x => x.ContentType).HasMaxLength(100);
            a.Property(x => x.StorageKey).HasMaxLength(200);
            a.HasOne<FundingApplication>().WithMany().HasForeignKey(x => x.ApplicationId).OnDelete(DeleteBehavior.Cascade);
        });
        modelBuilder.Entity<ApplicationVersion>(v =>
        {
            v.ToTable("ApplicationVersions");
            v.Property(x => x.Id).ValueGeneratedNever();
            v.Property(x => x.PdfStorageKey).HasMaxLength(200);
            v.HasIndex(x => new { x.ApplicationId, x.Number }).IsUnique();
            v.HasOne<FundingApplication>().WithMany().HasForeignKey(x => x.ApplicationId).OnDelete(DeleteBehavior.Cascade);
        });
        modelBuilder.Entity<ApplicationEvent>(e =>
        {
            e.ToTable("ApplicationEvents");
            e.Property(x => x.Id).ValueGeneratedNever();
            e.Property(x => x.Actor).HasMaxLength(254);
            e.Property(x => x.Text).HasMaxLength(2000);
            e.Property(x => x.State).HasConversion<string>().HasMaxLength(32);
            e.HasIndex(x => new { x.ApplicationId, x.At });
            e.HasOne<FundingApplication>().WithMany().HasForeignKey(x => x.ApplicationId).OnDelete(DeleteBehavior.Cascade);
        });
        modelBuilder.Entity<SupplementRequest>(r =>
        {
            r.ToTable("SupplementRequests");
            r.Property(x => x.Id).ValueGeneratedNever();
            r.Property(x => x.Message).HasMaxLength(4000);
            r.Property(x => x.RequestedBy).HasMaxLength(254);
            r.HasIndex(x => x.ApplicationId);
            r.HasOne<FundingApplication>().WithMany().HasForeignKey(x => x.ApplicationId).OnDelete(DeleteBehavior.Cascade);
        });
        modelBuilder.Entity<Recommendation>(r =>
        {
            r.ToTable("Recommendations");
            r.Property(x => x.Id).ValueGeneratedNever();
            r.Property(x => x.Kind).HasConversion<string>().HasMaxLength(32);
            r.Property(x => x.Comment).HasMaxLength(4000);
            r.Property(x => x.RecordedBy).HasMaxLength(254);
            r.HasIndex(x => x.ApplicationId);
            r.HasOne<FundingApplication>().WithMany().HasForeignKey(x => x.ApplicationId).OnDelete(DeleteBehavior.Cascade);
        });
        modelBuilder.Entity<ConflictOfInterest>(c =>
        {
            c.ToTable("ConflictsOfInterest");
            c.Property(x => x.Id).ValueGeneratedNever();
            c.Property(x => x.Name).HasMaxLength(200);
            c.Property(x => x.Reason).HasConversion<string>().HasMaxLength(32);
            c.Property(x => x.Note).HasMaxLength(1000);
            c.Property(x => x.RecordedBy).HasMaxLength(254);
            c.HasIndex(x => new { x.ApplicationId, x.Name }).IsUnique();
            c.HasOne<FundingApplication>().WithMany().HasForeignKey(x => x.ApplicationId).OnDelete(DeleteBehavior.Cascade);
        });
        modelBuilder.Entity<GrantYear>(g =>
        {
            g.ToTable("GrantYears");
            g.HasKey(x => new { x.ApplicationId, x.Year });
            g.HasOne<FundingApplication>().WithMany().HasForeignKey(x => x.ApplicationId).OnDelete(DeleteBehavior.Cascade);
        });
        modelBuilder.Entity<GrantPayment>(p =>
        {
            p.ToTable("GrantPayments");
            p.Property(x => x.Id).ValueGeneratedNever();
            p.Property(x => x.Condition).HasConversion<string>().HasMaxLength(32);
            p.Property(x => x.PaidBy).HasMaxLength(254);
            p.HasIndex(x => new { x.ApplicationId, x.Year, x.Order });
            p.HasIndex(x => x.PaidOn);
            p.HasOne<FundingApplication>().WithMany().HasForeignKey(x => x.ApplicationId).OnDelete(DeleteBehavior.Cascade);
        });
        modelBuilder.Entity<GrantReport>(r =>
        {
            r.ToTable("GrantReports");
            r.Property(x => x.Id).ValueGeneratedNever();
            r.Property(x => x.Kind).HasConversion<string>().HasMaxLength(16);
            r.Property(x => x.State).HasConversion<string>().HasMaxLength(16);
            r.Property(x => x.AccessKeyHash).HasMaxLength(64);
            r.HasIndex(x => x.AccessKeyHash).IsUnique();
            r.Property(x => x.Text).HasMaxLength(20000);
            r.Property(x => x.ReviewedBy).HasMaxLength(254);
            r.Property(x => x.ReviewComment).HasMaxLength(4000);
            r.HasIndex(x => new { x.ApplicationId, x.Year, x.Kind }).IsUnique();
            r.HasIndex(x => x.DueOn);
            r.HasOne<FundingApplication>().WithMany().HasForeignKey(x => x.ApplicationId).OnDelete(DeleteBehavior.Cascade);
            r.HasMany(x => x.Costs).WithOne().HasForeignKey(x => x.ReportId).OnDelete(DeleteBehavior.Cascade);
            r.HasMany(x => x.Ended).WithOne().HasForeignKey(x => x.ReportId).OnDelete(DeleteBehavior.Cascade);
        });
        modelBuilder.Entity<ReportCost>(c =>
        {
            c.ToTable("ReportCosts");
            c.HasKey(x => new { x.ReportId, x.CostTypeId });
            c.HasOne<CostType>().WithMany().HasForeignKey(x => x.CostTypeId).OnDelete(DeleteBehavior.Restrict);
        });
        modelBuilder.Entity<ReportEnded>(e =>
        {
            e.ToTable("ReportEnded");
            e.HasKey(x => new { x.ReportId, x.ReasonCode });
            e.Property(x => x.ReasonCode).HasMaxLength(40);
        });
        modelBuilder.Entity<ReportReminder>(r =>
        {
            r.ToTable("ReportReminders");
            r.HasKey(x => new { x.ReportId, x.Step });
            r.Property(x => x.Step).HasConversion<string>().HasMaxLength(16);
            r.HasOne<GrantReport>().WithMany().HasForeignKey(x => x.ReportId).OnDelete(DeleteBehavior.Cascade);
        });
        modelBuilder.Entity<GrantSettings>(s =>
        {
            s.ToTable("GrantSettings");
            s.Property(x => x.Id).ValueGeneratedNever();
            s.Property(x => x.Introduction).HasMaxLength(4000);
            s.HasData(new GrantSettings { Introduction = SeededIntroduction });
        });
    }

    public static string SwedishLabel(this ApplicationState state) => state switch
    {
        ApplicationState.Draft => "Utkast",
        ApplicationState.Submitted => "Inskickad",
        ApplicationState.InPreparation => "Under beredning",
        ApplicationState.SupplementRequested => "Komplettering begärd",
        ApplicationState.ToBoard => "Till styrelsen",
        ApplicationState.Granted => "Beviljad",
        ApplicationState.PartlyGranted => "Delvis beviljad",
        ApplicationState.Rejected => "Avslagen",
        ApplicationState.Withdrawn => "Återtagen",
        _ => state.ToString(),
    };

    public static string SwedishLabel(this RecommendationKind kind) => kind switch
    {
        RecommendationKind.Reject => "Avslå",
        RecommendationKind.AskForSupplement => "Begär komplettering",
        RecommendationKind.Grant => "Bevilja",
        _ => kind.ToString(),
    };

    public static string SwedishLabel(this PaymentStatus status) => status switch
    {
        PaymentStatus.Planned => "Planerad",
        PaymentStatus.Ready => "Klar att betala",
        PaymentStatus.Paid => "Utbetald",
        _ => status.ToString(),
    };

    public static string SwedishLabel(this PaymentCondition condition) => condition switch
    {
        PaymentCondition.AgreementSigned => "När avtalet är tecknat",
        PaymentCondition.ReportApproved => "När styrelsen godkänt årets redovisning",
        _ => condition.ToString(),
    };

    public static string SwedishLabel(this ReportKind kind) => kind switch
    {
        ReportKind.HalfYear => "Halvårsrapport",
        ReportKind.Annual => "Årsrapport",
        _ => kind.ToString(),
    };

    public static string SwedishLabel(this ReportState state) => state switch
    {
        ReportState.Pending => "Inte inlämnad",
        ReportState.Submitted => "Inlämnad",
        ReportState.Reviewed => "Granskad av kansliet",
        ReportState.Approved => "Godkänd av styrelsen",
        ReportState.Returned => "Återsänd för komplettering",
        _ => state.ToString(),
    };
}
