using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Platform.Infrastructure.Persistence;
using Platform.Infrastructure.Tenancy;
using Platform.Persistence;

namespace Platform.Infrastructure.Health;

/// <summary><c>/health</c>: the process is alive. <c>/health/ready</c>: the catalog and the tenant databases answer.</summary>
internal static class HealthEndpoints
{
    private const string Ready = "ready";

    public static IServiceCollection AddPlatformHealthChecks(this IServiceCollection services)
    {
        services.AddHealthChecks()
            .AddCheck<CatalogHealthCheck>("catalog", tags: [Ready])
            .AddCheck<TenantDatabasesHealthCheck>("tenant-databases", tags: [Ready]);
        return services;
    }

    public static void MapPlatformHealth(this IEndpointRouteBuilder app)
    {
        app.MapHealthChecks("/health", new HealthCheckOptions { Predicate = _ => false }).AnonymousEndpoint().AllowAnonymous();
        app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = c => c.Tags.Contains(Ready), ResponseWriter = WriteJsonAsync })
            .AnonymousEndpoint().AllowAnonymous();
    }

    // Names and counts only: the probe answers on any host, so it says nothing about any association.
    private static Task WriteJsonAsync(HttpContext context, HealthReport report)
    {
        context.Response.ContentType = "application/json; charset=utf-8";
        return context.Response.WriteAsync(JsonSerializer.Serialize(new
        {
            status = report.Status.ToString(),
            checks = report.Entries.ToDictionary(e => e.Key, e => new { status = e.Value.Status.ToString(), description = e.Value.Description }),
        }));
    }
}

internal sealed class CatalogHealthCheck(CatalogDb db) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            var count = await db.Set<Tenant>().CountAsync(cancellationToken);
            return HealthCheckResult.Healthy($"{count} associations in the catalog");
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            return HealthCheckResult.Unhealthy("The catalog database does not answer", ex);
        }
    }
}

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
