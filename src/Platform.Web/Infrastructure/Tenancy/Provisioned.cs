namespace Platform.Infrastructure.Tenancy;

/// <summary>The association after provisioning, and what was done to it.</summary>
internal sealed record Provisioned(Provisioning How, TenantInfo Tenant);
