using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;

namespace Platform.Infrastructure.Web;

/// <summary>
/// An association admin's page. Sign-in arrives with issue 4; until then these pages are refused
/// (403) everywhere except to someone at the machine itself in Development, and to the in-process
/// test server in Testing. Issue 4 replaces this with the admin role of the signed-in user.
/// </summary>
[AttributeUsage(AttributeTargets.Class)]
internal sealed class AdminOnlyAttribute : Attribute, IAsyncAuthorizationFilter
{
    public Task OnAuthorizationAsync(AuthorizationFilterContext context)
    {
        var http = context.HttpContext;
        if (http.User.IsInRole("admin") || InterimAccess.IsDeveloperAtTheMachine(http) || IsTestServer(http)) return Task.CompletedTask;

        context.Result = new EmptyResult();
        return StatusPages.WriteAsync(http, StatusCodes.Status403Forbidden, "Ingen behörighet",
            "Sidan är till för förbundets administratörer.");
    }

    private static bool IsTestServer(HttpContext http) =>
        http.RequestServices.GetRequiredService<IHostEnvironment>().IsEnvironment("Testing") && http.Connection.RemoteIpAddress is null;
}

/// <summary>
/// Who may use the admin pages and the jobs dashboard until sign-in exists (issue 4): only someone
/// at the machine itself, in Development. One place, so that issue 4 removes it in one place.
/// </summary>
internal static class InterimAccess
{
    public static bool IsDeveloperAtTheMachine(HttpContext http) =>
        http.RequestServices.GetRequiredService<IHostEnvironment>().IsDevelopment()
        && http.Connection.RemoteIpAddress is { } ip && System.Net.IPAddress.IsLoopback(ip);
}
