using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Platform.Infrastructure.Tenancy;
using Platform.Persistence;

namespace Platform.Infrastructure.Persistence;

/// <summary>
/// A pool of <see cref="TenantDb"/> contexts per association (issue 24). A context's options (provider,
/// connection string, model customizer, the <see cref="TenantDatabaseGuard"/>) are built once per
/// association instead of once per request, and a returned context is reset and lent again instead of
/// built again with its own internal service scope.
/// <para>
/// Isolation is unchanged: each pool belongs to one <see cref="TenantInfo"/>, so a context is only ever
/// lent to a scope of the association whose database it opens; a registry entry that changes (a new
/// database name, say) is a new <see cref="TenantInfo"/> and so a new pool. Every lease starts unverified:
/// the guard checks the database's identity again on the lease's first connection, as it did for every
/// new context.
/// </para>
/// </summary>
internal sealed class TenantDbPools(TenantConnectionResolver connections, IServiceProvider services)
{
    private readonly ConcurrentDictionary<TenantInfo, Pool> _pools = new();

    /// <summary>A context of the association's database; the caller (the DI scope) disposes it, which returns it.</summary>
    public TenantDb Rent(TenantInfo tenant)
    {
        ArgumentNullException.ThrowIfNull(tenant);
        var pool = _pools.GetOrAdd(tenant, Create);
        var db = pool.Factory.CreateDbContext();
        pool.Guard.Forget(db);
        return db;
    }

    private Pool Create(TenantInfo tenant)
    {
        var guard = new TenantDatabaseGuard(tenant);
        // The application's services, as AddDbContext gives them: EF logs through the platform's
        // logging (with the request's tenant scope) and uses its memory cache.
        var options = new DbContextOptionsBuilder<TenantDb>();
        options.UseApplicationServiceProvider(services)
            .Configure(connections.Provider, connections.Resolve(tenant))
            .AddInterceptors([guard, LeaseConnection.Instance, .. ChangeStamp.Interceptors]);
        return new Pool(new PooledDbContextFactory<TenantDb>(options.Options), guard);
    }

    private sealed record Pool(PooledDbContextFactory<TenantDb> Factory, TenantDatabaseGuard Guard);
}
