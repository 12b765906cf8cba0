using Microsoft.AspNetCore.Authorization;

namespace Platform.Infrastructure.Identity;

/// <summary>
/// <b>The gate of who</b> for every principal (ISOLATION.md 8 and 9): a cookie or token of another
/// association, or of the platform, is refused on this host, whatever its roles say.
/// </summary>
internal sealed class HostAccessHandler(IHttpContextAccessor accessor) : AuthorizationHandler<HostAccessRequirement>
{
    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, HostAccessRequirement requirement)
    {
        var http = context.Resource as HttpContext ?? accessor.HttpContext;
        if (http is null || context.User.Identity?.IsAuthenticated != true) return Task.CompletedTask;

        var host = http.HostOf();
        if (host.Kind == requirement.Host && context.User.AgreesWith(host) && requirement.Roles.Any(context.User.IsInRole))
            context.Succeed(requirement);
        return Task.CompletedTask;
    }
}
