using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Platform.Infrastructure.Identity;
using Platform.Infrastructure.Tenancy;

namespace Platform.Features.Account;

/// <summary>
/// Sign-in on the host it is served on: an association's people on its host, the network and the
/// operators on the platform's. Unknown account, wrong password and a locked account get the same
/// answer; a right password without a role here says so, and names no other association.
/// </summary>
[TenantOrPlatformEndpoint, AllowAnonymous]
internal sealed class SignInModel(PasswordSignIn signIn, TenantContext tenant) : PageModel
{
    public const string Failed = "Fel e-postadress eller lösenord. Efter fem misslyckade försök spärras kontot i 15 minuter.";

    internal sealed class Input
    {
        [Display(Name = "E-postadress")]
        [Required(ErrorMessage = "Ange din e-postadress.")]
        [EmailAddress(ErrorMessage = "Ange en e-postadress, till exempel namn@kommun.se.")]
        [StringLength(256, ErrorMessage = "E-postadressen får vara högst 256 tecken.")]
        public string Email { get; set; } = "";

        [Display(Name = "Lösenord")]
        [Required(ErrorMessage = "Ange ditt lösenord.")]
        [StringLength(200, ErrorMessage = "Lösenordet får vara högst 200 tecken.")]
        [DataType(DataType.Password)]
        public string Password { get; set; } = "";
    }

    [BindProperty]
    public Input Form { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    /// <summary>Where the sign-in leads: the association, or the platform.</summary>
    public string Where => tenant.Tenant?.Name ?? "Samordningsplattformen";

    /// <summary>On an association's host (where "forgot password" can send a link through its outbox).</summary>
    public bool OnAssociationHost => tenant.Tenant is not null;


    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!ModelState.IsValid) return Page();

        var result = await signIn.SignInAsync(HttpContext, Form.Email, Form.Password, ct);
        switch (result.Outcome)
        {
            case SignInOutcome.SignedIn:
                await HttpContext.SignInAsync(PlatformAuthentication.CookieScheme, result.Principal!,
                    new AuthenticationProperties { IsPersistent = false });
                return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : "/");
            case SignInOutcome.Throttled:
                Response.StatusCode = StatusCodes.Status429TooManyRequests;
                ModelState.AddModelError("", "För många inloggningsförsök. Vänta en stund och försök igen.");
                return Page();
            case SignInOutcome.NoAccessHere:
                ModelState.AddModelError("", tenant.Tenant is { } association
                    ? $"Ditt konto har ingen behörighet i {association.Name}. Kontakta förbundets kansli om du behöver det."
                    : "Ditt konto har ingen behörighet på plattformens sidor.");
                return Page();
            default:
                ModelState.AddModelError("", Failed);
                return Page();
        }
    }
}
