using System.Collections.Concurrent;
using System.Diagnostics;

namespace Platform.Infrastructure.Tenancy;

/// <summary>
/// Work for many associations from the command line, some at a time, each in its own tenant scope and
/// timed, one association's failure written down without stopping the others (what build/bench.sh reads).
/// </summary>
internal static class TenantBatch
{
    /// <param name="work">Returns how much was done and, when something stayed undone, why.</param>
    public static async Task<TenantBatchResult> RunAsync(
        IServiceProvider services, IReadOnlyList<TenantInfo> tenants, int parallel,
        Func<TenantScope, CancellationToken, Task<(int Done, string? Problem)>> work, CancellationToken ct)
    {
        var runs = new ConcurrentBag<TenantRun>();
        var total = Stopwatch.StartNew();
        await Parallel.ForEachAsync(tenants, new ParallelOptions { MaxDegreeOfParallelism = parallel, CancellationToken = ct }, async (tenant, token) =>
        {
            var watch = Stopwatch.StartNew();
            try
            {
                await using var scope = services.GetRequiredService<TenantScopeFactory>().CreateScope(tenant.Id);
                var (done, problem) = await work(scope, token);
                runs.Add(new TenantRun(tenant.Slug, done, watch.Elapsed.TotalMilliseconds, problem));
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                runs.Add(new TenantRun(tenant.Slug, 0, watch.Elapsed.TotalMilliseconds, ex.Message));
            }
        });
        return new TenantBatchResult([.. runs], total.Elapsed);
    }
}
