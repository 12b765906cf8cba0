using Platform.Infrastructure.Tenancy;

namespace Platform.Infrastructure.Jobs;

/// <summary>A tenant job that runs on a schedule for every active association.</summary>
internal interface ITenantRecurringJob : ITenantJob
{
    Task RunAsync(TenantId tenant, CancellationToken ct);
}
