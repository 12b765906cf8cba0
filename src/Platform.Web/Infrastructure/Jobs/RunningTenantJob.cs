using Platform.Infrastructure.Tenancy;

namespace Platform.Infrastructure.Jobs;

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
