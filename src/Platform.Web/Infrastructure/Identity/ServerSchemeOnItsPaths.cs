using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;
using OpenIddict.Server.AspNetCore;

namespace Platform.Infrastructure.Identity;

/// <summary>
/// Asks OpenIddict's server to handle a request before routing only on its own paths (issue 24).
/// The authentication middleware offers every request to each scheme that can handle requests, and
/// OpenIddict's server then works out, through a dozen handlers, that a page is none of its endpoints:
/// 2–5 % of a page's CPU. Its endpoints are <c>/connect/…</c> (<see cref="ConnectEndpoints"/>) and
/// <c>/.well-known/…</c> (discovery and keys); nothing else authenticates with its scheme. The
/// validation scheme, which API requests with a bearer token use, is offered every request as before.
/// </summary>
internal sealed class ServerSchemeOnItsPaths(IOptions<AuthenticationOptions> options, IHttpContextAccessor http)
    : AuthenticationSchemeProvider(options)
{
    public override async Task<IEnumerable<AuthenticationScheme>> GetRequestHandlerSchemesAsync()
    {
        var schemes = await base.GetRequestHandlerSchemesAsync();
        return http.HttpContext?.Request.Path is { } path && !IsServerPath(path)
            ? schemes.Where(s => s.Name != OpenIddictServerAspNetCoreDefaults.AuthenticationScheme)
            : schemes;
    }

    internal static bool IsServerPath(PathString path) =>
        path.StartsWithSegments("/connect", StringComparison.OrdinalIgnoreCase) || path.StartsWithSegments("/.well-known", StringComparison.OrdinalIgnoreCase);
}
