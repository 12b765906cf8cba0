using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Platform.Infrastructure.Tenancy;

namespace Platform.Infrastructure.Health;

/// <summary><c>/health</c>: the process is alive. <c>/health/ready</c>: the catalog and the tenant databases answer.</summary>
internal static class HealthEndpoints
{
    private const string Ready = "ready";

    public static IServiceCollection AddPlatformHealthChecks(this IServiceCollection services)
    {
        // One instance, so that its short-lived result is shared by every call of the probe.
        services.AddSingleton<TenantDatabasesHealthCheck>();
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

    // Names, counts and when they were checked only: the probe answers on any host, so it says nothing
    // about any association (which one failed is in the log, written when it was checked).
    private static Task WriteJsonAsync(HttpContext context, HealthReport report)
    {
        context.Response.ContentType = "application/json; charset=utf-8";
        return context.Response.WriteAsync(JsonSerializer.Serialize(new
        {
            status = report.Status.ToString(),
            checks = report.Entries.ToDictionary(e => e.Key, e => new
            {
                status = e.Value.Status.ToString(),
                description = e.Value.Description,
                checkedAt = e.Value.Data.TryGetValue("checkedAt", out var at) ? at : null,
            }),
        }));
    }
}
