namespace Platform.Infrastructure.Tenancy;

/// <summary>
/// The association of the current scope (a request or a job). Set once, by the resolution
/// middleware or the tenant scope factory; never switched.
/// </summary>
internal sealed class TenantContext
{
    private TenantInfo? _tenant;

    /// <summary>The tenant, or null in a scope that has none (platform pages, health).</summary>
    public TenantInfo? Tenant => _tenant;

    /// <summary>The tenant; throws in a scope that has none.</summary>
    public TenantInfo Current => _tenant ?? throw new NoTenantException();

    public void Set(TenantInfo tenant)
    {
        ArgumentNullException.ThrowIfNull(tenant);
        if (_tenant is not null)
            throw new InvalidOperationException(
                $"This scope already belongs to '{_tenant.Slug}'; it cannot be changed to '{tenant.Slug}'. Create a new tenant scope instead.");
        _tenant = tenant;
    }
}
