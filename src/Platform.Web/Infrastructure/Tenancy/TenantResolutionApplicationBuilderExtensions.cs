namespace Platform.Infrastructure.Tenancy;

internal static class TenantResolutionApplicationBuilderExtensions
{
    /// <summary>Host → tenant, before routing.</summary>
    public static IApplicationBuilder UseTenantResolution(this IApplicationBuilder app) =>
        app.UseMiddleware<TenantResolutionMiddleware>();

    /// <summary>404 for unknown hosts and 503 for unavailable associations, after routing.</summary>
    public static IApplicationBuilder UseTenantGate(this IApplicationBuilder app) =>
        app.UseMiddleware<TenantGateMiddleware>();
}
