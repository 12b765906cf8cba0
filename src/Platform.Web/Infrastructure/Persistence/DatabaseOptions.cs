namespace Platform.Infrastructure.Persistence;

/// <summary>The <c>Database</c> section plus the <c>Catalog</c> and <c>Tenant</c> connection strings.</summary>
internal sealed class DatabaseOptions
{
    public const string Section = "Database";

    /// <summary>The placeholder in the tenant connection-string template that names the tenant's database.</summary>
    public const string DatabasePlaceholder = "{database}";

    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;

    /// <summary>SQL Server: the catalog database. Unused for SQLite (the file is <c>catalog.db</c> in the data directory).</summary>
    public string? CatalogConnectionString { get; set; }

    /// <summary>SQL Server: a template with <c>{database}</c>, e.g. <c>Server=...;Database={database};...</c>.</summary>
    public string? TenantConnectionStringTemplate { get; set; }
}
