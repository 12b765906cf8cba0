using Microsoft.Extensions.Options;
using Platform.Infrastructure.Demo;
using Platform.Infrastructure.Tenancy;

namespace Platform.Infrastructure;

internal static class PlatformStartup
{
    /// <summary>
    /// Before the first request: the catalog at the latest schema and loaded, the demo associations
    /// (when enabled), and every tenant database brought up to date a few at a time. A tenant that
    /// fails is marked unavailable and answers 503; start-up goes on.
    /// </summary>
    public static async Task PrepareDatabasesAsync(this WebApplication app)
    {
        var ct = app.Lifetime.ApplicationStopping;
        var migrator = app.Services.GetRequiredService<TenantMigrator>();
        await migrator.MigrateCatalogAsync(ct);
        if (app.Services.GetRequiredService<IOptions<PlatformOptions>>().Value.SeedDemoData)
            await app.Services.GetRequiredService<DemoDataSeeder>().SeedAsync(ct);
        var results = await migrator.MigrateTenantsAsync(ct);
        app.Logger.LogInformation("{Ready} of {Total} association databases are ready", results.Count(r => r.Problem is null), results.Count);
    }
}
