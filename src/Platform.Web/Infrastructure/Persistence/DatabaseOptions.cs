using Microsoft.Extensions.Options;

namespace Platform.Infrastructure.Persistence;

internal enum DatabaseProvider
{
    Sqlite,
    SqlServer,
}

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

internal sealed class DatabaseOptionsValidator : IValidateOptions<DatabaseOptions>
{
    public ValidateOptionsResult Validate(string? name, DatabaseOptions options)
    {
        if (options.Provider != DatabaseProvider.SqlServer) return ValidateOptionsResult.Success;

        var failures = new List<string>();
        if (string.IsNullOrWhiteSpace(options.CatalogConnectionString))
            failures.Add("Database:Provider is SqlServer, so ConnectionStrings:Catalog is required.");
        if (string.IsNullOrWhiteSpace(options.TenantConnectionStringTemplate)
            || !options.TenantConnectionStringTemplate.Contains(DatabaseOptions.DatabasePlaceholder, StringComparison.Ordinal))
            failures.Add($"Database:Provider is SqlServer, so ConnectionStrings:Tenant is required and must contain {DatabaseOptions.DatabasePlaceholder}.");
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
