namespace Platform.Infrastructure.Tenancy;

/// <summary>
/// Opens a DI scope that belongs to one association, for code that runs outside a request (jobs,
/// provisioning, statistics). The scope carries the tenant in its TenantContext and in the logging
/// scope of everything it logs. It is the only way to reach tenant data outside a request.
/// </summary>
internal sealed class TenantScopeFactory(
    IServiceScopeFactory scopes, TenantCatalog catalog, TenantAvailability availability, ILogger<TenantScopeFactory> logger)
{
    /// <summary>Why no scope can be opened for the association now (in Swedish), or null when one can.</summary>
    public string? ProblemOf(TenantId id) => catalog.Find(id) switch
    {
        null => "föreningen finns inte längre",
        { IsActive: false } tenant => $"föreningens status är {tenant.Status}",
        _ => availability.ProblemOf(id),
    };

    /// <summary>A scope for an active, available association; throws otherwise.</summary>
    public TenantScope CreateScope(TenantId id)
    {
        var tenant = catalog.Find(id) ?? throw new InvalidOperationException($"There is no association with id {id}.");
        if (ProblemOf(id) is { } problem) throw new TenantUnavailableException(tenant, problem);

        var scope = scopes.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<TenantContext>().Set(tenant);
        return new TenantScope(scope, TenantLogScope.Begin(logger, tenant), tenant);
    }
}
