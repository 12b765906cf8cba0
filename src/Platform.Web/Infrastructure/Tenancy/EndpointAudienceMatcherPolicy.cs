using Microsoft.AspNetCore.Routing.Matching;

namespace Platform.Infrastructure.Tenancy;

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
