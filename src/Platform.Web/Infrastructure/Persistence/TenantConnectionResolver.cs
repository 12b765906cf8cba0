using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;
using Platform.Infrastructure.Tenancy;

namespace Platform.Infrastructure.Persistence;

/// <summary>
/// Turns a tenant into its connection string. There is no default: without a tenant there is no
/// connection string, and so no tenant database can be opened by accident.
/// </summary>
internal sealed class TenantConnectionResolver(IOptions<DatabaseOptions> database, IOptions<PlatformOptions> platform)
{
    public DatabaseProvider Provider => database.Value.Provider;

    /// <summary>The connection string for normal use: the database must already exist.</summary>
    public string Resolve(TenantInfo tenant) => Build(tenant, createIfMissing: false);

    /// <summary>The connection string for provisioning, which may create the database.</summary>
    public string ResolveForProvisioning(TenantInfo tenant) => Build(tenant, createIfMissing: true);

    public string CatalogConnectionString() => database.Value.Provider switch
    {
        DatabaseProvider.Sqlite => new SqliteConnectionStringBuilder
        {
            DataSource = Path.Combine(EnsureDirectory(platform.Value.DataDirectoryFullPath), "catalog.db"),
            Mode = SqliteOpenMode.ReadWriteCreate,
            Pooling = true,
        }.ToString(),
        DatabaseProvider.SqlServer => database.Value.CatalogConnectionString!,
        _ => throw new InvalidOperationException($"Unknown provider {database.Value.Provider}."),
    };

    /// <summary>The SQLite file of a tenant database (for SQLite only).</summary>
    public string SqliteFilePath(TenantInfo tenant) =>
        Path.Combine(platform.Value.DataDirectoryFullPath, "tenants", $"{SafeDatabaseName(tenant)}.db");

    private string Build(TenantInfo tenant, bool createIfMissing)
    {
        ArgumentNullException.ThrowIfNull(tenant);
        return database.Value.Provider switch
        {
            DatabaseProvider.Sqlite => new SqliteConnectionStringBuilder
            {
                DataSource = createIfMissing ? EnsureParent(SqliteFilePath(tenant)) : SqliteFilePath(tenant),
                // ReadWrite refuses to create a missing file: a lost database shows as an error,
                // never as a silently recreated empty one.
                Mode = createIfMissing ? SqliteOpenMode.ReadWriteCreate : SqliteOpenMode.ReadWrite,
                Pooling = true,
            }.ToString(),
            DatabaseProvider.SqlServer => database.Value.TenantConnectionStringTemplate!
                .Replace(DatabaseOptions.DatabasePlaceholder, SafeDatabaseName(tenant), StringComparison.Ordinal),
            _ => throw new InvalidOperationException($"Unknown provider {database.Value.Provider}."),
        };
    }

    // Database names come from validated slugs; checking again here keeps a bad catalog row from
    // ever becoming a path or a connection-string fragment.
    private static string SafeDatabaseName(TenantInfo tenant) =>
        SlugRules.IsWellFormed(tenant.DatabaseName)
            ? tenant.DatabaseName
            : throw new InvalidOperationException($"Tenant {tenant.Id} has an invalid database name.");

    private static string EnsureDirectory(string path)
    {
        Directory.CreateDirectory(path);
        return path;
    }

    private static string EnsureParent(string file)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        return file;
    }
}
