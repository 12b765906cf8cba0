namespace Platform.Infrastructure.Tenancy;

/// <summary>
/// <b>The gate of every request</b> (shared/ISOLATION.md 1 and 3): the one place a tenant is chosen.
/// Runs before routing: decides what the host means and, for an association that can be served,
/// sets the scope's tenant once. Reads nothing but the host: no header, query or cookie selects a tenant.
/// </summary>
internal sealed class TenantResolutionMiddleware(
    RequestDelegate next, TenantCatalog catalog, TenantAvailability availability, ILogger<TenantResolutionMiddleware> logger)
{
    public async Task InvokeAsync(HttpContext context, TenantContext tenantContext)
    {
        var resolution = catalog.Resolve(context.Request.Host.Host);
        context.Features.Set(resolution);
        if (resolution.Tenant is not { } tenant)
        {
            await next(context);
            return;
        }

        if (tenant.IsActive && availability.ProblemOf(tenant.Id) is null) tenantContext.Set(tenant);
        using (TenantLogScope.Begin(logger, tenant))
        {
            await next(context);
        }
    }
}

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

internal static class TenantResolutionApplicationBuilderExtensions
{
    /// <summary>Host → tenant, before routing.</summary>
    public static IApplicationBuilder UseTenantResolution(this IApplicationBuilder app) =>
        app.UseMiddleware<TenantResolutionMiddleware>();

    /// <summary>404 for unknown hosts and 503 for unavailable associations, after routing.</summary>
    public static IApplicationBuilder UseTenantGate(this IApplicationBuilder app) =>
        app.UseMiddleware<TenantGateMiddleware>();
}
