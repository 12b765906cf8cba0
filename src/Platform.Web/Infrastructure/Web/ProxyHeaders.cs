using System.Net;
using Microsoft.AspNetCore.HttpOverrides;

namespace Platform.Infrastructure.Web;

/// <summary>
/// Behind App Service every request comes from its front end: the client's address and scheme
/// arrive in <c>X-Forwarded-For</c> and <c>X-Forwarded-Proto</c>. They are taken from the proxies
/// named in <see cref="ProxyOptions"/> only, never from anyone else (who could otherwise pick the
/// address the per-address limits count, or claim https). The host is not forwarded: the platform's
/// front end passes the Host header through, and the host picks the association.
/// </summary>
internal static class ProxyHeaders
{
    public static IServiceCollection AddPlatformForwardedHeaders(this IServiceCollection services, IConfiguration configuration)
    {
        // ASP.NET Core's own switch trusts forwarded headers from every address: refuse it, name ours.
        if (configuration.GetValue<bool>("FORWARDEDHEADERS_ENABLED"))
            throw new InvalidOperationException(
                "ASPNETCORE_FORWARDEDHEADERS_ENABLED trusts forwarded headers from any address. Remove it and set ForwardedHeaders:KnownNetworks (or ForwardedHeaders:KnownProxies) to the proxy's network.");
        var proxies = configuration.GetSection(ProxyOptions.Section).Get<ProxyOptions>() ?? new ProxyOptions();
        services.Configure<ForwardedHeadersOptions>(o =>
        {
            o.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            // The defaults trust loopback; only what is configured is trusted here.
            o.KnownProxies.Clear();
            o.KnownIPNetworks.Clear();
            foreach (var proxy in proxies.KnownProxies)
                o.KnownProxies.Add(IPAddress.TryParse(proxy, out var address) ? address
                    : throw new InvalidOperationException($"ForwardedHeaders:KnownProxies: \"{proxy}\" is not an IP address."));
            foreach (var network in proxies.KnownNetworks)
                o.KnownIPNetworks.Add(System.Net.IPNetwork.TryParse(network, out var parsed) ? parsed
                    : throw new InvalidOperationException($"ForwardedHeaders:KnownNetworks: \"{network}\" is not a network in CIDR notation (e.g. 169.254.0.0/16)."));
            o.ForwardLimit = 1; // one proxy: the address it adds is the client's
        });
        services.AddSingleton(proxies);
        return services;
    }

    /// <summary>
    /// First in the pipeline, so that every limit, log and the token endpoint see the client's
    /// address and scheme. With no proxy configured the middleware is left out: with empty lists it
    /// would trust everyone.
    /// </summary>
    public static IApplicationBuilder UsePlatformForwardedHeaders(this IApplicationBuilder app)
    {
        if (!app.ApplicationServices.GetRequiredService<ProxyOptions>().TrustsAny) return app;
        // The middleware believes the first forwarded value of a request without a remote address
        // (a Unix socket, the test server): with no address there is no proxy to trust.
        app.Use((context, next) =>
        {
            if (context.Connection.RemoteIpAddress is null)
            {
                context.Request.Headers.Remove("X-Forwarded-For");
                context.Request.Headers.Remove("X-Forwarded-Proto");
            }
            return next(context);
        });
        return app.UseForwardedHeaders();
    }
}
