using Microsoft.Extensions.Diagnostics.HealthChecks;
using Platform.Infrastructure.Persistence;
using Platform.Infrastructure.Tenancy;

namespace Platform.Infrastructure.Health;

internal sealed class TenantDatabasesHealthCheck(TenantCatalog catalog, TenantDatabases databases, TenantAvailability availability, ILogger<TenantDatabasesHealthCheck> logger)
    : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var active = catalog.All.Where(t => t.IsActive).ToList();
        var failed = 0;
        await Parallel.ForEachAsync(active, new ParallelOptions { MaxDegreeOfParallelism = 8, CancellationToken = cancellationToken }, async (tenant, ct) =>
        {
            try
            {
                if (availability.ProblemOf(tenant.Id) is { } problem) throw new TenantUnavailableException(tenant, problem);
                await databases.CheckAsync(tenant, ct);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                Interlocked.Increment(ref failed);
                logger.LogWarning(ex, "Readiness: the database of {Tenant} does not answer", tenant.Slug);
            }
        });
        var description = $"{active.Count - failed} of {active.Count} active association databases answer";
        return failed == 0 ? HealthCheckResult.Healthy(description) : HealthCheckResult.Degraded(description);
    }
}
