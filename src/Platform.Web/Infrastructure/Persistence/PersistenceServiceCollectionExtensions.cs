using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Platform.Infrastructure.Tenancy;
using Platform.Persistence;

namespace Platform.Infrastructure.Persistence;

internal static class PersistenceServiceCollectionExtensions
{
    public static IServiceCollection AddPersistence(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<DatabaseOptions>()
            .Bind(configuration.GetSection(DatabaseOptions.Section))
            .Configure(o =>
            {
                o.CatalogConnectionString ??= configuration.GetConnectionString("Catalog");
                o.TenantConnectionStringTemplate ??= configuration.GetConnectionString("Tenant");
            })
            .ValidateOnStart();
        services.AddSingleton<IValidateOptions<DatabaseOptions>, DatabaseOptionsValidator>();

        services.AddSingleton<TenantConnectionResolver>();
        services.AddSingleton<TenantDatabases>();

        services.AddDbContext<CatalogDb>((sp, options) =>
        {
            var connections = sp.GetRequiredService<TenantConnectionResolver>();
            options.Configure(connections.Provider, connections.CatalogConnectionString());
        });

        // The tenant database of the current scope. Resolving it without a tenant throws
        // NoTenantException: there is no default database to fall back to.
        services.AddDbContext<TenantDb>((sp, options) =>
        {
            var tenant = sp.GetRequiredService<TenantContext>().Current;
            var connections = sp.GetRequiredService<TenantConnectionResolver>();
            options.Configure(connections.Provider, connections.Resolve(tenant))
                .AddInterceptors(new TenantDatabaseGuard(tenant));
        });
        return services;
    }
}
