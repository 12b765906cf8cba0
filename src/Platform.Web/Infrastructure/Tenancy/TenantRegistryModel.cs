using Microsoft.EntityFrameworkCore;

namespace Platform.Infrastructure.Tenancy;

internal static class TenantRegistryModel
{
    public static void Configure(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<Tenant>(tenant =>
        {
            tenant.ToTable("Tenants");
            tenant.HasKey(t => t.Id);
            tenant.Property(t => t.Id).ValueGeneratedNever();
            tenant.Property(t => t.Slug).HasMaxLength(SlugRules.MaxLength);
            tenant.HasIndex(t => t.Slug).IsUnique();
            tenant.Property(t => t.Name).HasMaxLength(200);
            tenant.Property(t => t.Status).HasConversion<string>().HasMaxLength(20);
            tenant.Property(t => t.DatabaseName).HasMaxLength(128);
            tenant.Property(t => t.County).HasMaxLength(40);
            tenant.HasIndex(t => t.DatabaseName).IsUnique();
            tenant.HasMany(t => t.Hostnames).WithOne().HasForeignKey(h => h.TenantId).OnDelete(DeleteBehavior.Cascade);
        });
        modelBuilder.Entity<TenantHostname>(hostname =>
        {
            hostname.ToTable("TenantHostnames");
            hostname.HasKey(h => h.Hostname);
            hostname.Property(h => h.Hostname).HasMaxLength(253);
        });
    }
}
