namespace Platform.Infrastructure.Tenancy;

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
