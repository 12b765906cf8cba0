namespace Platform.Infrastructure.Tenancy;

internal static class EndpointAudienceExtensions
{
    public static TBuilder TenantEndpoint<TBuilder>(this TBuilder builder) where TBuilder : IEndpointConventionBuilder =>
        builder.WithMetadata(new TenantEndpointAttribute());

    public static TBuilder PlatformEndpoint<TBuilder>(this TBuilder builder) where TBuilder : IEndpointConventionBuilder =>
        builder.WithMetadata(new PlatformEndpointAttribute());

    public static TBuilder AnonymousEndpoint<TBuilder>(this TBuilder builder) where TBuilder : IEndpointConventionBuilder =>
        builder.WithMetadata(new AnonymousEndpointAttribute());

    public static TBuilder TenantOrPlatformEndpoint<TBuilder>(this TBuilder builder) where TBuilder : IEndpointConventionBuilder =>
        builder.WithMetadata(new TenantOrPlatformEndpointAttribute());

    public static EndpointAudience? AudienceOf(this Endpoint endpoint) =>
        endpoint.Metadata.GetMetadata<EndpointAudienceAttribute>()?.Audience;
}
