using Microsoft.Extensions.Options;

namespace Platform.Infrastructure.Persistence;

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
