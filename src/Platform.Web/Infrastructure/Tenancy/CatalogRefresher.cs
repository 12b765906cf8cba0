using Microsoft.Extensions.Options;

namespace Platform.Infrastructure.Tenancy;

/// <summary>Polls the catalog database so that changes made elsewhere reach this process.</summary>
internal sealed class CatalogRefresher(TenantCatalog catalog, IOptions<PlatformOptions> options, TimeProvider clock, ILogger<CatalogRefresher> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(options.Value.CatalogRefreshSeconds), clock);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                if (await catalog.RefreshIfChangedAsync(stoppingToken))
                    logger.LogInformation("Tenant catalog changed and was reloaded");
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // Keep serving from the last good snapshot; the next tick tries again.
                logger.LogError(ex, "Could not refresh the tenant catalog");
            }
        }
    }
}
