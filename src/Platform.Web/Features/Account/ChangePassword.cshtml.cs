using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Platform.Infrastructure.Identity;
using Platform.Infrastructure.Tenancy;
using Platform.Persistence;

namespace Platform.Features.Account;

/// <summary>
/// Change password, for anyone signed in on this host (the fallback policy requires a session).
/// Changing it ends the person's sessions everywhere else; this one is renewed.
/// </summary>
[TenantOrPlatformEndpoint]
internal sealed class ChangePasswordModel(
    PlatformUserManager users, PasswordSignIn signIn, CatalogDb db, AuditLog audit, OpenIddict.Abstractions.IOpenIddictTokenManager tokens, TenantContext tenant) : PageModel
{
    [BindProperty]
    [Display(Name = "Nuvarande lösenord")]
    [Required(ErrorMessage = "Ange ditt nuvarande lösenord.")]
    [DataType(DataType.Password)]
    public string Current { get; set; } = "";

    [BindProperty]
    public NewPasswordInput Form { get; set; } = new();

    public bool Done { get; private set; }


    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!ModelState.IsValid) return Page();
        var user = await users.FindByIdAsync(User.UserId()!.Value.ToString());
        if (user is null) return Challenge();

        // The current password is checked as a sign-in is: limited, and wrong ones count toward lockout.
        switch (await signIn.CheckCurrentPasswordAsync(HttpContext, user, Current, ct))
        {
            case SignInOutcome.Throttled:
                Response.StatusCode = StatusCodes.Status429TooManyRequests;
                ModelState.AddModelError("", "För många försök. Vänta en stund och försök igen.");
                return Page();
            case SignInOutcome.Failed:
                ModelState.AddModelError(nameof(Current), await users.IsLockedOutAsync(user)
                    ? "Kontot är spärrat i 15 minuter efter för många felaktiga lösenord. Försök igen senare."
                    : users.ErrorDescriber.PasswordMismatch().Description);
                return Page();
        }

        var result = await users.ChangePasswordAsync(user, Current, Form.Password);
        if (!result.Succeeded)
        {
            foreach (var error in result.Errors)
                ModelState.AddModelError(error.Code == "PasswordMismatch" ? nameof(Current) : "Form.Password", error.Description);
            return Page();
        }
        await audit.WriteAsync(tenant.Tenant?.Id, AuditEvents.PasswordChanged, user.Email, user.Email, null, ct);
        await tokens.RevokeBySubjectAsync(user.Id.ToString(), ct); // apps sign in again too

        // The security stamp changed: renew this session's cookie so that only the others end.
        var principal = tenant.Tenant is { } association
            ? PlatformPrincipals.ForMember(user, association.Id, (await db.MembershipAsync(user.Id, association.Id, ct))!.Role, PlatformAuthentication.CookieScheme)
            : PlatformPrincipals.ForPlatformUser(user, PlatformAuthentication.CookieScheme);
        await HttpContext.SignInAsync(PlatformAuthentication.CookieScheme, principal);
        Done = true;
        return Page();
    }
}
