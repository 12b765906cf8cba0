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
