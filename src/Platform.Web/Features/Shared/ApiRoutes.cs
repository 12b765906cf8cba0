using Platform.Infrastructure.Identity;

namespace Platform.Features.Shared;

/// <summary>How every feature declares a route's access: who reads, who writes, and what it does (for OpenAPI).</summary>
internal static class ApiRoutes
{
    /// <summary>A read: everyone of the association by default, or <paramref name="policy"/>.</summary>
    public static RouteHandlerBuilder Reads(this RouteHandlerBuilder builder, string summary, string policy = AccessPolicies.Reader) =>
        builder.RequireAuthorization(AccessPolicies.Api(policy)).WithSummary(summary);

    /// <summary>A change: admins by default, or <paramref name="policy"/>; a cookie needs the antiforgery header.</summary>
    public static RouteHandlerBuilder Writes(this RouteHandlerBuilder builder, string summary, string policy = AccessPolicies.Admin) =>
        builder.RequireAuthorization(AccessPolicies.Api(policy)).RequireAntiforgeryForCookieWrites().WithSummary(summary);
}
