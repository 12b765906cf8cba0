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
        if (http.User.IsInRole("admin") || IsLocalDevelopment(http)) return Task.CompletedTask;

        context.Result = new EmptyResult();
        return StatusPages.WriteAsync(http, StatusCodes.Status403Forbidden, "Ingen behörighet",
            "Sidan är till för förbundets administratörer.");
    }

    private static bool IsLocalDevelopment(HttpContext http)
    {
        var environment = http.RequestServices.GetRequiredService<IHostEnvironment>();
        var ip = http.Connection.RemoteIpAddress;
        return (environment.IsDevelopment() && ip is not null && System.Net.IPAddress.IsLoopback(ip))
               || (environment.IsEnvironment("Testing") && ip is null);
    }
}
