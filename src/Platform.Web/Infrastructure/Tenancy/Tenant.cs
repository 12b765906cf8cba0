namespace Platform.Infrastructure.Tenancy;

/// <summary>An association in the tenant registry (the catalog database).</summary>
internal sealed class Tenant
{
    public Guid Id { get; init; }
    public required string Slug { get; init; }
    public required string Name { get; set; }
    public TenantStatus Status { get; set; }
    /// <summary>The tenant database's name: the SQLite file name or the SQL Server database name.</summary>
    public required string DatabaseName { get; set; }
    /// <summary>
    /// The county (län) the association works in, e.g. "Stockholms län", set by the platform's operators:
    /// the network's county views read it from here, where the association's own admin cannot change it.
    /// </summary>
    public string? County { get; set; }
    public List<TenantHostname> Hostnames { get; init; } = [];
    public DateTime CreatedAt { get; init; }
    public DateTime ChangedAt { get; set; }

    public TenantInfo ToInfo() => new(new TenantId(Id), Slug, Name, Status, DatabaseName, County);
}
