using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Platform.Infrastructure.Persistence;
using Platform.Persistence;

namespace Platform.Infrastructure.Tenancy;

/// <summary>
/// Brings the catalog and every tenant database to the latest schema, a few tenants at a time.
/// A tenant whose database fails is marked unavailable (it answers 503); the others carry on.
/// </summary>
internal sealed class TenantMigrator(
    IServiceScopeFactory scopes,
    TenantCatalog catalog,
    TenantDatabases databases,
    TenantAvailability availability,
    IOptions<PlatformOptions> options,
    ILogger<TenantMigrator> logger)
{
    public async Task MigrateCatalogAsync(CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<CatalogDb>().Database.MigrateAsync(ct);
        await catalog.RefreshAsync(ct);
    }

    public async Task<IReadOnlyList<TenantMigrationResult>> MigrateTenantsAsync(CancellationToken ct)
    {
        // Provisioning tenants are finished by `tenants add`; deleted ones have no database.
        var tenants = catalog.All.Where(t => t.Status is TenantStatus.Active or TenantStatus.Suspended).ToList();
        var results = new TenantMigrationResult[tenants.Count];
        await Parallel.ForEachAsync(
            Enumerable.Range(0, tenants.Count),
            new ParallelOptions { MaxDegreeOfParallelism = options.Value.MigrationParallelism, CancellationToken = ct },
            async (i, token) => results[i] = await MigrateOneAsync(tenants[i], token));
        return results;
    }

    private async Task<TenantMigrationResult> MigrateOneAsync(TenantInfo tenant, CancellationToken ct)
    {
        using var _ = TenantLogScope.Begin(logger, tenant);
        try
        {
            if (!databases.Exists(tenant)) throw new InvalidOperationException("the database file is missing");
            var applied = await databases.MigrateExistingAsync(tenant, ct);
            if (applied > 0) logger.LogInformation("Applied {Count} migrations to {Tenant}", applied, tenant.Slug);
            availability.MarkAvailable(tenant.Id);
            return new(tenant, applied, null);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogError(ex, "The database of {Tenant} could not be migrated; it will answer 503", tenant.Slug);
            availability.MarkUnavailable(tenant.Id, ex.Message);
            return new(tenant, 0, ex.Message);
        }
    }
}
