using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.EntityFrameworkCore;
using Platform.Persistence;

namespace Platform.Infrastructure.Identity;

/// <summary>
/// <b>The gate of who</b> (ISOLATION.md 8) for cookies, beside <see cref="HostAccessHandler"/> for every
/// principal: the request gate chose the association, this checks the person belongs to it.
/// Checks a web session on every request against the host and the catalog: a cookie of another
/// association (or of the platform) is refused, and a removed membership, a changed role or a
/// changed password take effect at the next request, not when the cookie expires. The session
/// itself lives on the server (<see cref="SessionTickets"/>): signing out ends it for every copy.
/// </summary>
internal sealed class SessionCookieEvents : CookieAuthenticationEvents
{
    public override async Task ValidatePrincipal(CookieValidatePrincipalContext context)
    {
        var principal = context.Principal;
        var host = context.HttpContext.HostOf();
        if (principal is null || !principal.AgreesWith(host) || principal.UserId() is not { } userId)
        {
            // Not this host's cookie: ignore it, but leave it be (it cannot be another host's anyway,
            // cookies are host-only; this one was copied by hand or by an attacker).
            context.RejectPrincipal();
            return;
        }

        // The membership with its user (usually read with the session), or the platform user.
        CatalogDb Catalog() => context.HttpContext.RequestServices.GetRequiredService<CatalogDb>();
        var ct = context.HttpContext.RequestAborted;
        PlatformUser? user;
        string? role;
        if (host.Tenant is { } association)
        {
            // Read with the session in the same query when the session store could (SessionTickets).
            if (context.HttpContext.Features.Get<SessionMember>() is { } read && read.UserId == userId && read.TenantId == association.Id.Value)
            {
                (user, role) = (read.User, read.Role);
            }
            else
            {
                var member = await Catalog().MemberAsync(userId, association.Id, ct);
                (user, role) = (member?.User, member?.Role);
            }
        }
        else
        {
            user = await Catalog().Users.AsNoTracking().FirstOrDefaultAsync(u => u.Id == userId, ct);
            role = user?.PlatformRole;
        }
        if (user is null || role is null || user.SecurityStamp != principal.FindFirst(PlatformPrincipals.SecurityStampClaim)?.Value)
        {
            // Drop the cookie, but not by signing out: that would remove the server's session record,
            // which a sign-in in this same request (a password changed elsewhere, say) renews.
            context.RejectPrincipal();
            context.Options.CookieManager.DeleteCookie(context.HttpContext, context.Options.Cookie.Name!, context.Options.Cookie.Build(context.HttpContext));
            return;
        }
        if (!principal.IsInRole(role))
        {
            context.ReplacePrincipal(host.Tenant is { } t
                ? PlatformPrincipals.ForMember(user, t.Id, role, context.Scheme.Name)
                : PlatformPrincipals.ForPlatformUser(user, context.Scheme.Name));
            context.ShouldRenew = true;
        }
    }

    // The API answers 401 and 403; pages (and the authorize endpoint, which uses this sign-in) redirect.
    public override Task RedirectToLogin(RedirectContext<CookieAuthenticationOptions> context) =>
        IsApi(context.Request) ? Status(context, StatusCodes.Status401Unauthorized) : base.RedirectToLogin(context);

    public override Task RedirectToAccessDenied(RedirectContext<CookieAuthenticationOptions> context) =>
        IsApi(context.Request) ? Status(context, StatusCodes.Status403Forbidden) : base.RedirectToAccessDenied(context);

    internal static bool IsApi(HttpRequest request) => request.Path.StartsWithSegments("/api");

    private static Task Status(RedirectContext<CookieAuthenticationOptions> context, int status)
    {
        context.Response.StatusCode = status;
        return Task.CompletedTask;
    }
}
