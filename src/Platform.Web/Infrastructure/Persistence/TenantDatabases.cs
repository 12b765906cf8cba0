using Microsoft.EntityFrameworkCore;
using Platform.Infrastructure.Tenancy;
using Platform.Persistence;

namespace Platform.Infrastructure.Persistence;

/// <summary>
/// Maintenance work on tenant databases outside a request: create, migrate and stamp the identity
/// row at provisioning, bring databases up to date at start-up, and check that they answer.
/// Contexts made here have no identity guard (the identity row may not exist yet); each operation
/// checks the identity itself.
/// </summary>
internal sealed class TenantDatabases(TenantConnectionResolver connections, TimeProvider clock)
{
    /// <summary>Creates the database if needed, applies migrations and writes the identity row. Idempotent.</summary>
    public async Task CreateOrMigrateAsync(TenantInfo tenant, CancellationToken ct)
    {
        await using var db = Open(tenant, connections.ResolveForProvisioning(tenant));
        await db.Database.MigrateAsync(ct);
        if (connections.Provider == DatabaseProvider.Sqlite)
        {
            // WAL lets readers and the one writer work at the same time; the setting lives in the file.
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", ct);
        }

        var identity = await db.Set<TenantIdentity>().AsNoTracking().SingleOrDefaultAsync(ct);
        if (identity is null)
        {
            db.Add(new TenantIdentity { TenantId = tenant.Id.Value, Slug = tenant.Slug, CreatedAt = clock.GetUtcNow().UtcDateTime });
            await db.SaveChangesAsync(ct);
        }
        else if (identity.TenantId != tenant.Id.Value)
        {
            throw new TenantDatabaseMismatchException(tenant, identity.TenantId);
        }
    }

    /// <summary>Applies pending migrations to an existing database. Returns how many were applied.</summary>
    public async Task<int> MigrateExistingAsync(TenantInfo tenant, CancellationToken ct)
    {
        await using var db = Open(tenant, connections.Resolve(tenant));
        var pending = (await db.Database.GetPendingMigrationsAsync(ct)).Count();
        if (pending > 0) await db.Database.MigrateAsync(ct);
        await VerifyIdentityAsync(db, tenant, ct);
        return pending;
    }

    /// <summary>Opens the database and checks that it is this tenant's.</summary>
    public async Task CheckAsync(TenantInfo tenant, CancellationToken ct)
    {
        await using var db = Open(tenant, connections.Resolve(tenant));
        await VerifyIdentityAsync(db, tenant, ct);
    }

    public bool Exists(TenantInfo tenant) =>
        connections.Provider != DatabaseProvider.Sqlite || File.Exists(connections.SqliteFilePath(tenant));

    private static async Task VerifyIdentityAsync(TenantDb db, TenantInfo tenant, CancellationToken ct)
    {
        var stored = await db.Set<TenantIdentity>().AsNoTracking().Select(i => (Guid?)i.TenantId).SingleOrDefaultAsync(ct);
        if (stored != tenant.Id.Value) throw new TenantDatabaseMismatchException(tenant, stored);
    }

    private TenantDb Open(TenantInfo tenant, string connectionString)
    {
        ArgumentNullException.ThrowIfNull(tenant);
        var options = new DbContextOptionsBuilder<TenantDb>();
        options.Configure(connections.Provider, connectionString)
            .AddInterceptors(ChangeStamp.Interceptors);
        return new TenantDb(options.Options);
    }
}
