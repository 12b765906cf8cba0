namespace Platform.Infrastructure.Tenancy;

/// <summary>Something that needs a tenant was used in a scope that has none.</summary>
internal sealed class NoTenantException()
    : InvalidOperationException("There is no tenant in this scope. Tenant data can only be reached on an association's host or inside a scope from TenantScopeFactory.");
