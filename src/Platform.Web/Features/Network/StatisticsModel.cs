using Microsoft.EntityFrameworkCore;
using Platform.Infrastructure.Tenancy;
using Platform.Persistence;

namespace Platform.Features.Network;

/// <summary>
/// One association's statistics in the catalog: when its figures were last taken, how the last
/// attempt went, and its county (derived from its region member). Numbers and a county only.
/// </summary>
internal sealed class StatisticsSnapshot
{
    public Guid TenantId { get; init; }
    /// <summary>When the figures in <see cref="StatisticsFigure"/> were taken; null until the first success.</summary>
    public DateTime? TakenAt { get; set; }
    public DateTime AttemptedAt { get; set; }
    /// <summary>Why the last attempt failed (Swedish), or null when it succeeded.</summary>
    public string? Problem { get; set; }
    /// <summary>The county (län) of the association's region, e.g. "Stockholms län"; null when it has no known region.</summary>
    public string? County { get; set; }
}

/// <summary>One aggregate figure of one association for one year, with the time it was taken.</summary>
internal sealed class StatisticsFigure
{
    public Guid TenantId { get; init; }
    public int Year { get; init; }
    /// <summary>A <see cref="NetworkFigure.Key"/>.</summary>
    public required string Figure { get; init; }
    public decimal Value { get; init; }
    public DateTime TakenAt { get; init; }
}

internal static class StatisticsModel
{
    extension(CatalogDb db)
    {
        public DbSet<StatisticsSnapshot> StatisticsSnapshots => db.Set<StatisticsSnapshot>();
        public DbSet<StatisticsFigure> StatisticsFigures => db.Set<StatisticsFigure>();
    }

    public static void Configure(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<StatisticsSnapshot>(snapshot =>
        {
            snapshot.ToTable("StatisticsSnapshots");
            snapshot.HasKey(s => s.TenantId);
            snapshot.Property(s => s.Problem).HasMaxLength(400);
            snapshot.Property(s => s.County).HasMaxLength(40);
            snapshot.HasOne<Tenant>().WithOne().HasForeignKey<StatisticsSnapshot>(s => s.TenantId).OnDelete(DeleteBehavior.Cascade);
        });
        modelBuilder.Entity<StatisticsFigure>(figure =>
        {
            figure.ToTable("StatisticsFigures");
            figure.HasKey(f => new { f.TenantId, f.Year, f.Figure });
            figure.Property(f => f.Figure).HasMaxLength(64);
            figure.Property(f => f.Value).HasPrecision(18, 2);
            figure.HasIndex(f => new { f.Year, f.Figure });
            figure.HasOne<Tenant>().WithMany().HasForeignKey(f => f.TenantId).OnDelete(DeleteBehavior.Cascade);
        });
    }
}
