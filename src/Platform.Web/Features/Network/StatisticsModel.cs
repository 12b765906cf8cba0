using Microsoft.EntityFrameworkCore;
using Platform.Infrastructure.Tenancy;
using Platform.Persistence;

namespace Platform.Features.Network;

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
