using Hangfire;
using Platform.Infrastructure.Tenancy;

namespace Platform.Infrastructure.Jobs;

/// <summary>
/// <b>A second lock</b> behind the job gate (ISOLATION.md 15 and 18): the scope is made for the job's own tenant id.
/// Creates each job inside its own DI scope. A tenant job's scope comes from the
/// <see cref="TenantScopeFactory"/> with the tenant id of the job's first argument, so its TenantDb,
/// outbox and everything else belong to that association, whatever the worker ran before
/// (shared/ISOLATION.md 18). A platform job gets a plain scope with no tenant in it.
/// </summary>
internal sealed class TenantJobActivator(IServiceScopeFactory scopes, TenantScopeFactory tenantScopes) : JobActivator
{
    public override object ActivateJob(Type jobType) =>
        throw new NotSupportedException("Jobs are created inside a scope (BeginScope).");

    public override JobActivatorScope BeginScope(JobActivatorContext context)
    {
        if (TenantJobFilter.TenantOf(context.BackgroundJob.Job) is { } tenant)
        {
            var tenantScope = tenantScopes.CreateScope(tenant);
            return new Scope(tenantScope.Services, tenantScope);
        }
        var scope = scopes.CreateAsyncScope();
        return new Scope(scope.ServiceProvider, scope);
    }

    private sealed class Scope(IServiceProvider services, IAsyncDisposable lifetime) : JobActivatorScope
    {
        public override object Resolve(Type type) => ActivatorUtilities.GetServiceOrCreateInstance(services, type);

        public override void DisposeScope() => lifetime.DisposeAsync().AsTask().GetAwaiter().GetResult();
    }
}
