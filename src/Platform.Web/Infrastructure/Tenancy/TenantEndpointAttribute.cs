namespace Platform.Infrastructure.Tenancy;

internal sealed class TenantEndpointAttribute() : EndpointAudienceAttribute(EndpointAudience.Tenant);
