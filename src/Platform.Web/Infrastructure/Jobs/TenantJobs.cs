using Platform.Infrastructure.Tenancy;

namespace Platform.Infrastructure.Jobs;

/// <summary>
/// A job that works on one association. The rules, enforced by <see cref="TenantJobFilter"/> and
/// <see cref="TenantJobActivator"/>: the job method's first parameter is the association's
/// <see cref="TenantId"/>; the other arguments are ids, never personal data (the job storage and
/// the dashboard are shared by all associations); the job is idempotent, because it may run again.
/// </summary>
internal interface ITenantJob;

/// <summary>A tenant job that runs on a schedule for every active association.</summary>
internal interface ITenantRecurringJob : ITenantJob
{
    Task RunAsync(TenantId tenant, CancellationToken ct);
}

/// <summary>A tenant job could not be created: no tenant, an unknown one, or another association's.</summary>
internal sealed class TenantJobRejectedException(string message) : Exception(message);

/// <summary>
/// The association whose job is running on this thread, set by <see cref="TenantJobFilter"/> around
/// each tenant job. It only ever checks the jobs such a job creates; it never chooses a tenant.
/// </summary>
internal static class RunningTenantJob
{
    private static readonly AsyncLocal<TenantId?> Current = new();

    public static TenantId? Tenant => Current.Value;

    internal static void Enter(TenantId tenant) => Current.Value = tenant;

    internal static void Leave() => Current.Value = null;
}
