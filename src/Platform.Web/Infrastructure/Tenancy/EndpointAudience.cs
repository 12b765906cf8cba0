using Microsoft.AspNetCore.Routing.Matching;

namespace Platform.Infrastructure.Tenancy;

/// <summary>Which hosts an endpoint serves. Every endpoint must declare one, or the app does not start.</summary>
internal enum EndpointAudience
{
    /// <summary>An association's host only; the request has a tenant.</summary>
    Tenant,
    /// <summary>The platform's bare domain only; the request has no tenant.</summary>
    Platform,
    /// <summary>Any host, even an unknown one, with no tenant and no data (health probes).</summary>
    Anonymous,
    /// <summary>An association's host or the platform's (sign-in, sign-out, the token endpoint); never an unknown host.</summary>
    TenantOrPlatform,
}

/// <summary>Endpoint metadata naming the audience. Use the attributes on Razor Pages, the extension methods on routes.</summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Method, Inherited = false)]
internal abstract class EndpointAudienceAttribute(EndpointAudience audience) : Attribute
{
    public EndpointAudience Audience { get; } = audience;
}

internal sealed class TenantEndpointAttribute() : EndpointAudienceAttribute(EndpointAudience.Tenant);

internal sealed class PlatformEndpointAttribute() : EndpointAudienceAttribute(EndpointAudience.Platform);

internal sealed class AnonymousEndpointAttribute() : EndpointAudienceAttribute(EndpointAudience.Anonymous);

internal sealed class TenantOrPlatformEndpointAttribute() : EndpointAudienceAttribute(EndpointAudience.TenantOrPlatform);

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

/// <summary>
/// <b>A second lock</b> (ISOLATION.md 4 and 9): a tenant endpoint cannot even be matched on the platform host, nor the reverse.
/// Routing sees only the endpoints for the kind of host the request came to: <c>/</c> is the
/// landing page on the platform and the association's home page on its host.
/// </summary>
internal sealed class EndpointAudienceMatcherPolicy : MatcherPolicy, IEndpointSelectorPolicy
{
    public override int Order => 0;

    public bool AppliesToEndpoints(IReadOnlyList<Endpoint> endpoints) => endpoints.Count > 0;

    public Task ApplyAsync(HttpContext httpContext, CandidateSet candidates)
    {
        var kind = httpContext.Features.Get<HostResolution>()?.Kind ?? HostKind.Unknown;
        for (var i = 0; i < candidates.Count; i++)
        {
            if (!candidates.IsValidCandidate(i)) continue;
            var servesHost = candidates[i].Endpoint.AudienceOf() switch
            {
                EndpointAudience.Anonymous => true,
                EndpointAudience.Tenant => kind == HostKind.Tenant,
                EndpointAudience.Platform => kind == HostKind.Platform,
                EndpointAudience.TenantOrPlatform => kind is HostKind.Tenant or HostKind.Platform,
                _ => false, // unclassified endpoints never run (and the app refuses to start with one)
            };
            if (!servesHost) candidates.SetValidity(i, false);
        }
        return Task.CompletedTask;
    }
}

/// <summary>The start-up guard: every endpoint declares its audience.</summary>
internal static class EndpointClassification
{
    public static IReadOnlyList<string> FindUnclassified(IEnumerable<EndpointDataSource> sources) =>
        sources.SelectMany(s => s.Endpoints)
            .Where(e => e.AudienceOf() is null)
            .Select(e => e.DisplayName ?? e.ToString() ?? "(unnamed endpoint)")
            .ToList();

    /// <summary>Throws, listing them, if any mapped endpoint has no audience.</summary>
    public static void EnsureEndpointsAreClassified(this IEndpointRouteBuilder app)
    {
        var unclassified = FindUnclassified(app.DataSources);
        if (unclassified.Count > 0)
            throw new InvalidOperationException(
                "Every endpoint must declare whether it serves a tenant, the platform or anyone " +
                "(.TenantEndpoint(), .PlatformEndpoint(), .AnonymousEndpoint() or the matching attribute). Unclassified: "
                + string.Join(", ", unclassified));
    }
}
