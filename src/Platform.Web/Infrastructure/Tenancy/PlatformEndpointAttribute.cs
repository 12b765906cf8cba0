namespace Platform.Infrastructure.Tenancy;

internal sealed class PlatformEndpointAttribute() : EndpointAudienceAttribute(EndpointAudience.Platform);
