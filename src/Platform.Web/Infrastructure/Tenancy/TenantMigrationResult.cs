namespace Platform.Infrastructure.Tenancy;

internal sealed record TenantMigrationResult(TenantInfo Tenant, int Applied, string? Problem);
