namespace Platform.Infrastructure.Tenancy;

/// <summary>
/// Opens a DI scope that belongs to one association, for code that runs outside a request (jobs,
/// provisioning, statistics). The scope carries the tenant in its TenantContext and in the logging
/// scope of everything it logs. It is the only way to reach tenant data outside a request.
/// </summary>
internal sealed class TenantScopeFactory(
    IServiceScopeFactory scopes, TenantCatalog catalog, TenantAvailability availability, ILogger<TenantScopeFactory> logger)
{
    /// <summary>A scope for an active, available association; throws otherwise.</summary>
    public TenantScope CreateScope(TenantId id)
    {
        var tenant = catalog.Find(id) ?? throw new InvalidOperationException($"There is no association with id {id}.");
        if (!tenant.IsActive) throw new TenantUnavailableException(tenant, $"its status is {tenant.Status}");
        if (availability.ProblemOf(id) is { } problem) throw new TenantUnavailableException(tenant, problem);

        var scope = scopes.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<TenantContext>().Set(tenant);
        return new TenantScope(scope, TenantLogScope.Begin(logger, tenant), tenant);
    }
}

/// <summary>A DI scope that belongs to one association. Dispose it when the work is done.</summary>
internal sealed class TenantScope(AsyncServiceScope scope, IDisposable? logScope, TenantInfo tenant) : IAsyncDisposable
{
    public TenantInfo Tenant { get; } = tenant;
    public IServiceProvider Services => scope.ServiceProvider;

    public async ValueTask DisposeAsync()
    {
        await scope.DisposeAsync();
        logScope?.Dispose();
    }
}

/// <summary>The tenant's id and slug as a logging scope: every record written inside carries them.</summary>
internal static class TenantLogScope
{
    public static IDisposable? Begin(ILogger logger, TenantInfo tenant) =>
        logger.BeginScope(new KeyValuePair<string, object>[]
        {
            new("TenantId", tenant.Id.Value),
            new("Tenant", tenant.Slug),
        });
}
