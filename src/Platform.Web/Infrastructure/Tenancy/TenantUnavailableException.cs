namespace Platform.Infrastructure.Tenancy;

/// <summary>The association exists but cannot be used now (suspended, provisioning, failed migration).</summary>
internal sealed class TenantUnavailableException(TenantInfo tenant, string reason)
    : InvalidOperationException($"Association '{tenant.Slug}' is unavailable: {reason}")
{
    public TenantInfo Tenant { get; } = tenant;
}
