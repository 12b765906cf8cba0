using System.Collections.Frozen;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Platform.Persistence;

namespace Platform.Infrastructure.Tenancy;

/// <summary>
/// The tenant registry held in memory: resolving a host is a dictionary lookup, never a database
/// call. Reloaded after every change made through this process, and polled for changes made by
/// others (another instance, the CLI) by <see cref="CatalogRefresher"/>.
/// </summary>
internal sealed class TenantCatalog(IServiceScopeFactory scopes, IOptions<PlatformOptions> options, ILogger<TenantCatalog> logger)
    : IDisposable
{
    private readonly string _domain = HostResolution.Normalize(options.Value.Domain);
    private readonly FrozenSet<string> _platformHosts = options.Value.AdditionalPlatformHosts
        .Select(HostResolution.Normalize).Append(HostResolution.Normalize(options.Value.Domain)).ToFrozenSet();
    private readonly SemaphoreSlim _reload = new(1, 1);
    private volatile Snapshot _snapshot = Snapshot.Empty;

    /// <summary>Every association in the registry, in slug order.</summary>
    public IReadOnlyList<TenantInfo> All => _snapshot.All;

    public TenantInfo? Find(TenantId id) => _snapshot.ById.GetValueOrDefault(id);

    public TenantInfo? FindBySlug(string slug) => _snapshot.BySlug.GetValueOrDefault(slug);

    /// <summary>What a request's host (without port) means.</summary>
    public HostResolution Resolve(string host)
    {
        var name = HostResolution.Normalize(host);
        if (_platformHosts.Contains(name)) return HostResolution.Platform;

        var snapshot = _snapshot;
        if (name.EndsWith(_domain, StringComparison.Ordinal)
            && name.Length > _domain.Length + 1
            && name[^(_domain.Length + 1)] == '.')
        {
            var label = name[..^(_domain.Length + 1)];
            if (snapshot.BySlug.TryGetValue(label, out var bySlug)) return Visible(bySlug);
        }
        return snapshot.ByHostname.TryGetValue(name, out var byHostname) ? Visible(byHostname) : HostResolution.Unknown;

        // A deleted association is gone: its host is as unknown as one that never existed.
        static HostResolution Visible(TenantInfo tenant) =>
            tenant.Status == TenantStatus.Deleted ? HostResolution.Unknown : HostResolution.ForTenant(tenant);
    }

    /// <summary>Reloads the registry from the catalog database.</summary>
    public async Task RefreshAsync(CancellationToken ct)
    {
        await _reload.WaitAsync(ct);
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<CatalogDb>();
            var tenants = await db.Set<Tenant>().AsNoTracking().Include(t => t.Hostnames).ToListAsync(ct);
            var stamp = await ReadStampAsync(db, ct);
            _snapshot = Snapshot.From(tenants, stamp);
            logger.LogDebug("Tenant catalog loaded: {Count} associations", tenants.Count);
        }
        finally
        {
            _reload.Release();
        }
    }

    /// <summary>Reloads only if the registry changed since the last load. Returns whether it did.</summary>
    public async Task<bool> RefreshIfChangedAsync(CancellationToken ct)
    {
        await using (var scope = scopes.CreateAsyncScope())
        {
            var stamp = await ReadStampAsync(scope.ServiceProvider.GetRequiredService<CatalogDb>(), ct);
            if (stamp == _snapshot.Stamp) return false;
        }
        await RefreshAsync(ct);
        return true;
    }

    // Every change to a tenant or its host names bumps Tenant.ChangedAt; together with the count
    // this is enough to notice a change without loading the registry.
    private static async Task<string> ReadStampAsync(CatalogDb db, CancellationToken ct)
    {
        var tenants = db.Set<Tenant>();
        var count = await tenants.CountAsync(ct);
        var latest = count == 0 ? (DateTime?)null : await tenants.MaxAsync(t => (DateTime?)t.ChangedAt, ct);
        return $"{count}:{latest?.Ticks}";
    }

    public void Dispose() => _reload.Dispose();

    private sealed record Snapshot(
        IReadOnlyList<TenantInfo> All,
        FrozenDictionary<TenantId, TenantInfo> ById,
        FrozenDictionary<string, TenantInfo> BySlug,
        FrozenDictionary<string, TenantInfo> ByHostname,
        string Stamp)
    {
        public static readonly Snapshot Empty = From([], "");

        public static Snapshot From(IReadOnlyCollection<Tenant> tenants, string stamp)
        {
            var infos = tenants.OrderBy(t => t.Slug, StringComparer.Ordinal).Select(t => (Tenant: t, Info: t.ToInfo())).ToList();
            return new Snapshot(
                infos.Select(t => t.Info).ToList(),
                infos.ToFrozenDictionary(t => t.Info.Id, t => t.Info),
                infos.ToFrozenDictionary(t => t.Info.Slug, t => t.Info, StringComparer.Ordinal),
                infos.SelectMany(t => t.Tenant.Hostnames.Select(h => (h.Hostname, t.Info)))
                    .ToFrozenDictionary(h => HostResolution.Normalize(h.Hostname), h => h.Info, StringComparer.Ordinal),
                stamp);
        }
    }
}
