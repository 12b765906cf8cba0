using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Platform.Infrastructure.Identity;
using Platform.Infrastructure.Tenancy;

namespace Platform.Features.Account;

/// <summary>Sets a new password with the link from "Glömt lösenordet?". The link works once.</summary>
[TenantEndpoint, AllowAnonymous]
internal sealed class ResetPasswordModel(PasswordResets resets, TenantContext tenant) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "anvandare")]
    public Guid UserId { get; set; }

    [BindProperty(SupportsGet = true, Name = "kod")]
    public string? Code { get; set; }

    [BindProperty]
    public NewPasswordInput Form { get; set; } = new();

    public bool Done { get; private set; }


    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!ModelState.IsValid) return Page();
        var result = await resets.ResetAsync(tenant.Current, UserId, Code ?? "", Form.Password, ct);
        if (!result.Succeeded)
        {
            foreach (var error in result.Errors)
                ModelState.AddModelError(error.Code.StartsWith("Password", StringComparison.Ordinal) ? "Form.Password" : "", error.Description);
            return Page();
        }
        Done = true;
        return Page();
    }
}
