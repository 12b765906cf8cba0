using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Platform.Infrastructure.Identity;
using Platform.Infrastructure.Tenancy;

namespace Platform.Features.Account;

/// <summary>Sign-out: a form post (with antiforgery), never a link that another site could make a browser follow.</summary>
[TenantOrPlatformEndpoint, AllowAnonymous]
internal sealed class SignOutModel(AuditLog audit, TenantContext tenant) : PageModel
{

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (User.Identity?.IsAuthenticated == true && User.AgreesWith(HttpContext.HostOf()))
            await audit.WriteAsync(tenant.Tenant?.Id, AuditEvents.SignedOut, User.ActorName(), User.ActorName(), null, ct);
        await HttpContext.SignOutAsync(PlatformAuthentication.CookieScheme);
        return LocalRedirect("/konto/logga-ut?klart=1");
    }
}
