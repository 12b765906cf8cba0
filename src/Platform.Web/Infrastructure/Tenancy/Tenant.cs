using Microsoft.EntityFrameworkCore;

namespace Platform.Infrastructure.Tenancy;

/// <summary>The life of an association on the platform.</summary>
internal enum TenantStatus
{
    /// <summary>Being created: the database may not exist yet. Answers 503.</summary>
    Provisioning,
    /// <summary>In use.</summary>
    Active,
    /// <summary>Temporarily closed by an operator. Answers 503; its data is kept.</summary>
    Suspended,
    /// <summary>Being exported and removed. Answers 503.</summary>
    Offboarding,
    /// <summary>Removed; the row stays as a tombstone. Answers 404.</summary>
    Deleted,
}

/// <summary>An association in the tenant registry (the catalog database).</summary>
internal sealed class Tenant
{
    public Guid Id { get; init; }
    public required string Slug { get; init; }
    public required string Name { get; set; }
    public TenantStatus Status { get; set; }
    /// <summary>The tenant database's name: the SQLite file name or the SQL Server database name.</summary>
    public required string DatabaseName { get; set; }
    public List<TenantHostname> Hostnames { get; init; } = [];
    public DateTime CreatedAt { get; init; }
    public DateTime ChangedAt { get; set; }

    public TenantInfo ToInfo() => new(new TenantId(Id), Slug, Name, Status, DatabaseName);
}

/// <summary>A custom host name of an association (e.g. <c>anslag.sofsundsvall.se</c>).</summary>
internal sealed class TenantHostname
{
    public required string Hostname { get; init; }
    public Guid TenantId { get; init; }
}

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
