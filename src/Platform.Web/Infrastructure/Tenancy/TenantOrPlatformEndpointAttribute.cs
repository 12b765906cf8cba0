namespace Platform.Infrastructure.Tenancy;

internal sealed class TenantOrPlatformEndpointAttribute() : EndpointAudienceAttribute(EndpointAudience.TenantOrPlatform);
