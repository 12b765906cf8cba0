namespace Platform.Infrastructure.Tenancy;

/// <summary>
/// The gate's second half (ISOLATION.md 1 and 2): what the gate resolved is refused here if it cannot be served.
/// Runs after routing: an unknown host gets 404 and an association that cannot be served gets 503,
/// except on endpoints that serve anyone (health). Wrong-kind endpoints were already filtered out
/// by <see cref="EndpointAudienceMatcherPolicy"/>.
/// </summary>
internal sealed class TenantGateMiddleware(RequestDelegate next, TenantAvailability availability)
{
    public Task InvokeAsync(HttpContext context)
    {
        if (context.GetEndpoint()?.AudienceOf() == EndpointAudience.Anonymous) return next(context);

        var resolution = context.Features.Get<HostResolution>() ?? HostResolution.Unknown;
        if (resolution.Kind == HostKind.Unknown) return Web.StatusPages.NotFoundAsync(context);
        if (resolution.Tenant is { } tenant)
        {
            var reason = tenant.Status switch
            {
                TenantStatus.Active => null,
                TenantStatus.Provisioning => $"{tenant.Name} håller på att läggas upp och öppnar snart.",
                TenantStatus.Suspended => $"{tenant.Name} är tillfälligt stängt på plattformen.",
                _ => $"{tenant.Name} avvecklas och går inte längre att använda.",
            } ?? (availability.ProblemOf(tenant.Id) is null ? null : $"{tenant.Name} går inte att nå just nu på grund av ett tekniskt fel.");
            if (reason is not null) return Web.StatusPages.UnavailableAsync(context, reason);
        }
        return next(context);
    }
}
