namespace Platform.Infrastructure.Tenancy;

internal sealed class AnonymousEndpointAttribute() : EndpointAudienceAttribute(EndpointAudience.Anonymous);
