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

        // Pooled (issue 24): the options are built once, and a context is reset and lent again rather
        // than built per scope. Scoped CatalogDb comes from the pool and goes back when the scope ends;
        // code that needs a context of its own (the session store) takes one from the factory.
        services.AddPooledDbContextFactory<CatalogDb>((sp, options) =>
        {
            var connections = sp.GetRequiredService<TenantConnectionResolver>();
            options.Configure(connections.Provider, connections.CatalogConnectionString());
        });
        services.AddScoped(sp => sp.GetRequiredService<IDbContextFactory<CatalogDb>>().CreateDbContext());

        // The tenant database of the current scope, from its association's pool. Resolving it without
        // a tenant throws NoTenantException: there is no default database to fall back to.
        services.AddSingleton<TenantDbPools>();
        services.AddScoped(sp => sp.GetRequiredService<TenantDbPools>().Rent(sp.GetRequiredService<TenantContext>().Current));

        // Reads kept until the association's database changes (its ChangeStamp) or a minute has passed.
        services.AddSingleton<TenantReadCache.Store>();
        services.AddScoped<TenantReadCache>();
        return services;
    }
}
