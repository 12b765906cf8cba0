using System.Globalization;
using Platform.Infrastructure.Tenancy;

namespace Platform.Features.Network;

/// <summary>
/// The operators' statistics command: take the figures now, in this process, and report how long it
/// took (what build/bench.sh measures). The nightly job does the same through Hangfire.
/// </summary>
internal static class StatisticsCommands
{
    public const string Usage = """
        Användning: dotnet run --project src/Platform.Web -- stats <kommando>
          stats refresh <slug>|--all [parallellt]   ta fram statistiken nu (standard: 4 förbund åt gången)
        """;

    public static bool IsStatsCommand(string[] args) => args.Length > 0 && args[0] == "stats";

    public static async Task<int> RunAsync(IServiceProvider services, string[] args, TextWriter output, CancellationToken ct)
    {
        await services.GetRequiredService<TenantMigrator>().MigrateCatalogAsync(ct);
        var catalog = services.GetRequiredService<TenantCatalog>();
        switch (args.Skip(1).ToArray())
        {
            case ["refresh", var which, .. var rest] when rest.Length <= 1:
                var parallel = rest is [var p] && int.TryParse(p, CultureInfo.InvariantCulture, out var q) && q > 0 ? q : 4;
                IReadOnlyList<TenantInfo> tenants = which == "--all"
                    ? [.. catalog.All.Where(t => t.IsActive)]
                    : catalog.FindBySlug(which) is { IsActive: true } one ? [one] : [];
                if (tenants.Count == 0)
                {
                    output.WriteLine($"Det finns inget aktivt förbund med kortadressen \"{which}\".");
                    return 1;
                }
                return await RefreshAsync(services, tenants, parallel, output, ct);
            default:
                output.WriteLine(Usage);
                return 2;
        }
    }

    private static async Task<int> RefreshAsync(IServiceProvider services, IReadOnlyList<TenantInfo> tenants, int parallel, TextWriter output, CancellationToken ct)
    {
        var batch = await TenantBatch.RunAsync(services, tenants, parallel, async (scope, token) =>
        {
            await scope.Services.GetRequiredService<StatisticsJob>().RunAsync(scope.Tenant.Id, token);
            return (1, null);
        }, ct);

        foreach (var failed in batch.Failed)
            output.WriteLine($"{failed.Slug}: FEL: {failed.Problem}");
        var median = NetworkMath.Median(batch.Runs.Select(r => (decimal)r.Milliseconds)) ?? 0;
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"statistics associations={tenants.Count} failed={batch.Failed.Count()} seconds={batch.Elapsed.TotalSeconds:F2} median={median:F0}ms slowest={batch.Slowest.Slug}:{batch.Slowest.Milliseconds:F0}ms"));
        return batch.Failed.Any() ? 1 : 0;
    }
}
