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

/// <summary>A DI scope that belongs to one association. Dispose it when the work is done.</summary>
internal sealed class TenantScope(AsyncServiceScope scope, IDisposable? logScope, TenantInfo tenant) : IAsyncDisposable
{
    public TenantInfo Tenant { get; } = tenant;
    public IServiceProvider Services => scope.ServiceProvider;

    // Not an async method on purpose: the logging scope lives in an AsyncLocal, and ending it inside
    // an async method would end it only there, leaving the caller's later log records with this tenant.
    public ValueTask DisposeAsync()
    {
        logScope?.Dispose();
        return scope.DisposeAsync();
    }
}

/// <summary>The tenant's id and slug as a logging scope: every record written inside carries them.</summary>
internal static class TenantLogScope
{
    public static IDisposable? Begin(ILogger logger, TenantInfo tenant) => logger.BeginScope(new State(tenant));

    /// <summary>Structured for log sinks (two named values), readable on the console.</summary>
    private sealed class State(TenantInfo tenant) : IReadOnlyList<KeyValuePair<string, object>>
    {
        private readonly KeyValuePair<string, object>[] _values = [new("TenantId", tenant.Id.Value), new("Tenant", tenant.Slug)];

        public KeyValuePair<string, object> this[int index] => _values[index];
        public int Count => _values.Length;
        public IEnumerator<KeyValuePair<string, object>> GetEnumerator() => ((IEnumerable<KeyValuePair<string, object>>)_values).GetEnumerator();
        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
        public override string ToString() => $"Tenant:{tenant.Slug} TenantId:{tenant.Id}";
    }
}
