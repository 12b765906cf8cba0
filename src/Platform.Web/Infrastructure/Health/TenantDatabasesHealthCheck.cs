using System.Globalization;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Platform.Infrastructure.Persistence;
using Platform.Infrastructure.Tenancy;

namespace Platform.Infrastructure.Health;

/// <summary>
/// Opens every active association's database. The probe is anonymous and a load balancer calls it
/// every few seconds: with hundreds of databases one call would be hundreds of queries, so a result
/// is kept for <see cref="KeepFor"/> (one instance, a singleton) and calls that arrive while a check
/// runs wait for it instead of starting another. Which association failed goes to the log at the
/// check; the answer says how many answer and when that was checked.
/// </summary>
internal sealed class TenantDatabasesHealthCheck(TenantCatalog catalog, TenantDatabases databases, TenantAvailability availability, TimeProvider clock,
    ILogger<TenantDatabasesHealthCheck> logger) : IHealthCheck, IDisposable
{
    /// <summary>How long a result answers the probe before the databases are opened again.</summary>
    public static readonly TimeSpan KeepFor = TimeSpan.FromSeconds(30);

    private readonly SemaphoreSlim _one = new(1, 1);
    private (HealthCheckResult Result, DateTimeOffset CheckedAt)? _last;

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        if (Fresh() is { } kept) return kept;
        await _one.WaitAsync(cancellationToken);
        try
        {
            if (Fresh() is { } checkedMeanwhile) return checkedMeanwhile;
            var checkedAt = clock.GetUtcNow();
            var result = await CheckAllAsync(checkedAt, cancellationToken);
            _last = (result, checkedAt);
            return result;
        }
        finally
        {
            _one.Release();
        }
    }

    private HealthCheckResult? Fresh() =>
        _last is var (result, checkedAt) && clock.GetUtcNow() - checkedAt < KeepFor ? result : null;

    private async Task<HealthCheckResult> CheckAllAsync(DateTimeOffset checkedAt, CancellationToken cancellationToken)
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
        var data = new Dictionary<string, object> { ["checkedAt"] = checkedAt.UtcDateTime.ToString("u", CultureInfo.InvariantCulture) };
        return failed == 0 ? HealthCheckResult.Healthy(description, data) : HealthCheckResult.Degraded(description, data: data);
    }

    public void Dispose() => _one.Dispose();
}
