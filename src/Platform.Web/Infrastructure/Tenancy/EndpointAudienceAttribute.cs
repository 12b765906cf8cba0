namespace Platform.Infrastructure.Tenancy;

/// <summary>Endpoint metadata naming the audience. Use the attributes on Razor Pages, the extension methods on routes.</summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Method, Inherited = false)]
internal abstract class EndpointAudienceAttribute(EndpointAudience audience) : Attribute
{
    public EndpointAudience Audience { get; } = audience;
}
