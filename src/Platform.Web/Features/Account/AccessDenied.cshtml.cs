using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Platform.Infrastructure.Tenancy;

namespace Platform.Features.Account;

/// <summary>Where a signed-in person lands on a page their role does not cover.</summary>
[TenantOrPlatformEndpoint, AllowAnonymous]
internal sealed class AccessDeniedModel : PageModel
{
    public void OnGet() => Response.StatusCode = StatusCodes.Status403Forbidden;
}
