using Microsoft.EntityFrameworkCore;
using Platform.Features.Members;
using Platform.Persistence;

namespace Platform.Features.Interventions.Model;

internal static class InterventionModel
{
    extension(TenantDb db)
    {
        public DbSet<Intervention> Interventions => db.Set<Intervention>();
        public DbSet<StaffingLine> StaffingLines => db.Set<StaffingLine>();
        public DbSet<Goal> Goals => db.Set<Goal>();
        public DbSet<GoalFollowUp> GoalFollowUps => db.Set<GoalFollowUp>();
        public DbSet<Episode> Episodes => db.Set<Episode>();
        public DbSet<EpisodeMove> EpisodeMoves => db.Set<EpisodeMove>();
        public DbSet<ActivityMonth> ActivityMonths => db.Set<ActivityMonth>();
        public DbSet<EndReason> EndReasons => db.Set<EndReason>();
        public DbSet<ParticipantCount> ParticipantCounts => db.Set<ParticipantCount>();
        public DbSet<InterventionBudget> InterventionBudgets => db.Set<InterventionBudget>();
        public DbSet<ParticipantStaff> ParticipantStaff => db.Set<ParticipantStaff>();
        public DbSet<InterventionSettings> InterventionSettings => db.Set<InterventionSettings>();
    }

    /// <summary>The reasons for ending every association starts with (issue 21), with the codes of the API.</summary>
    public static IReadOnlyList<EndReason> SeededReasons { get; } =
    [
        new() { Id = new Guid("2a1f0c1e-0021-4000-8000-000000000001"), Code = "work", Name = "Arbete", Order = 1, Group = EndGroup.WorkOrStudies },
        new() { Id = new Guid("2a1f0c1e-0021-4000-8000-000000000002"), Code = "studies", Name = "Studier", Order = 2, Group = EndGroup.WorkOrStudies },
        new() { Id = new Guid("2a1f0c1e-0021-4000-8000-000000000003"), Code = "memberMeasure", Name = "Ordinarie insats hos medlem", Order = 3, Group = EndGroup.MemberMeasure },
        new() { Id = new Guid("2a1f0c1e-0021-4000-8000-000000000004"), Code = "backToReferrer", Name = "Åter till remitterande part", Order = 4, Group = EndGroup.Other },
        new() { Id = new Guid("2a1f0c1e-0021-4000-8000-000000000005"), Code = "other", Name = "Annat", Order = 5, Group = EndGroup.Other },
        new() { Id = new Guid("2a1f0c1e-0021-4000-8000-000000000006"), Code = "discontinued", Name = "Avbrutet", Order = 6, Group = EndGroup.Other },
    ];

    public static void Configure(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<Intervention>(i =>
        {
            i.ToTable("Interventions");
            i.Property(x => x.Id).ValueGeneratedNever();
            i.Property(x => x.Name).HasMaxLength(200);
            i.HasIndex(x => x.Name).IsUnique();
            i.Property(x => x.Description).HasMaxLength(4000);
            i.Property(x => x.TargetGroup).HasMaxLength(1000);
            i.Property(x => x.Kind).HasConversion<string>().HasMaxLength(32);
            i.Property(x => x.Status).HasConversion<string>().HasMaxLength(32);
            i.HasOne<Member>().WithMany().HasForeignKey(x => x.LeadMemberId).OnDelete(DeleteBehavior.Restrict);
            i.HasOne<Member>().WithMany().HasForeignKey(x => x.ImplementedByMemberId).OnDelete(DeleteBehavior.Restrict);
            // The board's paragraph is the Board feature's record: looked up through what Board publishes, not a foreign key.
            i.HasIndex(x => x.DecisionParagraphId);
            i.HasIndex(x => x.FundingApplicationId);
        });
        modelBuilder.Entity<StaffingLine>(s =>
        {
            s.ToTable("StaffingLines");
            s.Property(x => x.Id).ValueGeneratedNever();
            s.Property(x => x.Role).HasMaxLength(200);
            s.HasOne<Intervention>().WithMany().HasForeignKey(x => x.InterventionId).OnDelete(DeleteBehavior.Cascade);
            s.HasOne<Member>().WithMany().HasForeignKey(x => x.MemberId).OnDelete(DeleteBehavior.Restrict);
        });
        modelBuilder.Entity<Goal>(g =>
        {
            g.ToTable("Goals");
            g.Property(x => x.Id).ValueGeneratedNever();
            g.Property(x => x.Text).HasMaxLength(500);
            g.Property(x => x.Indicator).HasMaxLength(500);
            g.Property(x => x.Target).HasPrecision(9, 2);
            g.Property(x => x.Measure).HasConversion<string>().HasMaxLength(40);
            g.HasOne<Intervention>().WithMany().HasForeignKey(x => x.InterventionId).OnDelete(DeleteBehavior.Cascade);
        });
        modelBuilder.Entity<GoalFollowUp>(f =>
        {
            f.ToTable("GoalFollowUps");
            f.Property(x => x.Id).ValueGeneratedNever();
            f.Property(x => x.Status).HasConversion<string>().HasMaxLength(32);
            f.Property(x => x.Value).HasPrecision(9, 2);
            f.Property(x => x.Comment).HasMaxLength(2000);
            f.Property(x => x.RecordedBy).HasMaxLength(254);
            f.HasIndex(x => new { x.GoalId, x.From, x.To }).IsUnique();
            f.HasOne<Goal>().WithMany().HasForeignKey(x => x.GoalId).OnDelete(DeleteBehavior.Cascade);
        });
        modelBuilder.Entity<EndReason>(r =>
        {
            r.ToTable("EndReasons");
            r.Property(x => x.Id).ValueGeneratedNever();
            r.Property(x => x.Code).HasMaxLength(40);
            r.HasIndex(x => x.Code).IsUnique();
            r.Property(x => x.Name).HasMaxLength(100);
            r.HasIndex(x => x.Name).IsUnique();
            r.Property(x => x.Group).HasConversion<string>().HasMaxLength(32);
            r.HasData(SeededReasons);
        });
        modelBuilder.Entity<Episode>(e =>
        {
            e.ToTable("Episodes");
            e.Property(x => x.Id).ValueGeneratedNever();
            e.Property(x => x.Code).HasMaxLength(40);
            e.Property(x => x.Gender).HasConversion<string>().HasMaxLength(16);
            e.Property(x => x.SupportAtStart).HasConversion<string>().HasMaxLength(40);
            e.Property(x => x.SupportAtEnd).HasConversion<string>().HasMaxLength(40);
            e.HasIndex(x => new { x.InterventionId, x.Code });
            e.HasIndex(x => new { x.InterventionId, x.Start });
            e.HasIndex(x => x.End);
            e.HasOne<Intervention>().WithMany().HasForeignKey(x => x.InterventionId).OnDelete(DeleteBehavior.Cascade);
            e.HasOne<Member>().WithMany().HasForeignKey(x => x.MunicipalityId).OnDelete(DeleteBehavior.Restrict);
            e.HasOne<Member>().WithMany().HasForeignKey(x => x.ReferringMemberId).OnDelete(DeleteBehavior.Restrict);
            e.HasOne<EndReason>().WithMany().HasForeignKey(x => x.EndReasonId).OnDelete(DeleteBehavior.Restrict);
        });
        modelBuilder.Entity<EpisodeMove>(m =>
        {
            m.ToTable("EpisodeMoves");
            m.Property(x => x.Id).ValueGeneratedNever();
            m.HasIndex(x => new { x.EpisodeId, x.On }).IsUnique();
            m.HasOne<Episode>().WithMany().HasForeignKey(x => x.EpisodeId).OnDelete(DeleteBehavior.Cascade);
            m.HasOne<Member>().WithMany().HasForeignKey(x => x.MunicipalityId).OnDelete(DeleteBehavior.Restrict);
        });
        modelBuilder.Entity<ActivityMonth>(a =>
        {
            a.ToTable("ActivityMonths");
            a.HasKey(x => new { x.EpisodeId, x.Month });
            a.Property(x => x.Hours).HasPrecision(7, 2);
            a.HasOne<Episode>().WithMany().HasForeignKey(x => x.EpisodeId).OnDelete(DeleteBehavior.Cascade);
        });
        modelBuilder.Entity<ParticipantCount>(c =>
        {
            c.ToTable("ParticipantCounts");
            c.Property(x => x.Id).ValueGeneratedNever();
            c.Property(x => x.RecordedBy).HasMaxLength(254);
            c.HasIndex(x => new { x.InterventionId, x.From, x.To }).IsUnique();
            c.HasOne<Intervention>().WithMany().HasForeignKey(x => x.InterventionId).OnDelete(DeleteBehavior.Cascade);
            c.HasMany(x => x.Ended).WithOne().HasForeignKey(x => x.CountId).OnDelete(DeleteBehavior.Cascade);
        });
        modelBuilder.Entity<ParticipantCountEnded>(e =>
        {
            e.ToTable("ParticipantCountsEnded");
            e.HasKey(x => new { x.CountId, x.EndReasonId });
            e.HasOne<EndReason>().WithMany().HasForeignKey(x => x.EndReasonId).OnDelete(DeleteBehavior.Restrict);
        });
        modelBuilder.Entity<InterventionBudget>(b =>
        {
            b.ToTable("InterventionBudgets");
            b.HasKey(x => new { x.InterventionId, x.Year });
            b.HasOne<Intervention>().WithMany().HasForeignKey(x => x.InterventionId).OnDelete(DeleteBehavior.Cascade);
        });
        modelBuilder.Entity<ParticipantStaff>(p =>
        {
            p.ToTable("ParticipantStaff");
            p.HasKey(x => new { x.InterventionId, x.UserId });
            p.Property(x => x.GrantedBy).HasMaxLength(254);
            p.HasIndex(x => x.UserId);
            p.HasOne<Intervention>().WithMany().HasForeignKey(x => x.InterventionId).OnDelete(DeleteBehavior.Cascade);
        });
        modelBuilder.Entity<InterventionSettings>(s =>
        {
            s.ToTable("InterventionSettings");
            s.Property(x => x.Id).ValueGeneratedNever();
            s.HasData(new InterventionSettings());
        });
    }

    public static string SwedishLabel(this InterventionKind kind) => kind switch
    {
        InterventionKind.Individual => "Individinriktad",
        InterventionKind.Structural => "Strukturövergripande",
        _ => kind.ToString(),
    };

    public static string SwedishLabel(this InterventionStatus status) => status switch
    {
        InterventionStatus.Planned => "Planerad",
        InterventionStatus.Ongoing => "Pågående",
        InterventionStatus.Ended => "Avslutad",
        InterventionStatus.Implemented => "Implementerad",
        _ => status.ToString(),
    };

    public static string SwedishLabel(this GoalStatus status) => status switch
    {
        GoalStatus.Achieved => "Uppnått",
        GoalStatus.Likely => "Bedöms kunna uppnås",
        GoalStatus.Uncertain => "Osäkert",
        GoalStatus.Unlikely => "Bedöms inte uppnås",
        GoalStatus.NotAchieved => "Inte uppnått",
        _ => status.ToString(),
    };

    public static string SwedishLabel(this GoalMeasure measure) => measure switch
    {
        GoalMeasure.Entered => "Anges vid uppföljningen",
        GoalMeasure.ShareEndedToWorkOrStudies => "Andel avslutade till arbete eller studier (beräknas)",
        GoalMeasure.ShareEndedToMemberMeasure => "Andel avslutade till ordinarie insats hos medlem (beräknas)",
        GoalMeasure.ParticipantsStarted => "Antal deltagare som börjat (beräknas)",
        _ => measure.ToString(),
    };

    public static string SwedishLabel(this Gender gender) => gender switch
    {
        Gender.Woman => "Kvinna",
        Gender.Man => "Man",
        _ => gender.ToString(),
    };

    public static string SwedishLabel(this SupportSource source) => source switch
    {
        SupportSource.UnemploymentInsurance => "A-kassa",
        SupportSource.SicknessBenefit => "Sjukpenning",
        SupportSource.ActivityOrSicknessCompensation => "Aktivitets- eller sjukersättning",
        SupportSource.SocialAssistance => "Försörjningsstöd",
        SupportSource.Salary => "Lön",
        SupportSource.StudentAid => "Studiemedel",
        SupportSource.NoPublicSupport => "Ingen offentlig försörjning",
        SupportSource.Unknown => "Uppgift saknas",
        _ => source.ToString(),
    };

    public static string SwedishLabel(this EndGroup group) => group switch
    {
        EndGroup.WorkOrStudies => "Arbete eller studier",
        EndGroup.MemberMeasure => "Ordinarie insats hos medlem",
        EndGroup.Other => "Annat eller åter till remitterande part",
        _ => group.ToString(),
    };
}
