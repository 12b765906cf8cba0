using Platform.Infrastructure.Tenancy;

namespace Platform.Infrastructure.Persistence;

/// <summary>The database opened for a tenant belongs to another tenant, or has no identity.</summary>
internal sealed class TenantDatabaseMismatchException(TenantInfo tenant, Guid? storedId)
    : InvalidOperationException(storedId is null
        ? $"The database of tenant '{tenant.Slug}' ({tenant.Id}) has no tenant identity row."
        : $"The database of tenant '{tenant.Slug}' ({tenant.Id}) belongs to tenant {storedId}. Refusing to use it.")
{
    public TenantInfo Tenant { get; } = tenant;
}
